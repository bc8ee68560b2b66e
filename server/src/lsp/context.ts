/** What every feature handler may read: the current analysis, parsed profiles and document texts. */
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { ProfileDocument } from '../analyzer/profile/ast.js';
import type { FileKind } from '../analyzer/workspace/analysis.js';

export interface FeatureContext {
  /**
   * The last complete analysis. Analyses run asynchronously and a new edit cancels a running one,
   * so this may be a few keystrokes old: hover, completion, definition and the other read-only
   * features answer from it at once rather than wait for a build.
   */
  freshResult(): AnalysisResult | undefined;
  /** The same last complete analysis (kept for features written against the older name). */
  lastResult(): AnalysisResult | undefined;
  /**
   * The analysis that saw every change received so far, once it is done (starts one if needed).
   * For answers that must match the published diagnostics or the current text: quick fixes, the
   * summary, the what-if report, and what stays on the text until the next request (code lenses,
   * document links, inlay hints) or edits it (rename).
   */
  settledResult(): Promise<AnalysisResult | undefined>;
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
