/** What every feature handler may read: the current analysis, parsed profiles and document texts. */
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { ProfileDocument } from '../analyzer/profile/ast.js';
import type { FileKind } from '../analyzer/workspace/analysis.js';

export interface FeatureContext {
  /** The analysis brought up to date with every edit received so far (runs one if needed). */
  freshResult(): AnalysisResult | undefined;
  /** The last analysis, possibly a few keystrokes old (cheap; for completion while typing). */
  lastResult(): AnalysisResult | undefined;
  /** The parse of the current text of a profile (open buffer or disk). */
  profile(uri: string): ProfileDocument | undefined;
  /** Current text of a document (open buffer first). */
  textOf(uri: string): string | undefined;
  /** What the file is, or undefined when the server does not analyse it. */
  kindOf(uri: string): FileKind | undefined;
}

export function isLibertyKind(kind: FileKind | undefined): boolean {
  return kind === 'liberty-server-xml' || kind === 'liberty-xml' || kind === 'liberty-bootstrap' || kind === 'liberty-env';
}
