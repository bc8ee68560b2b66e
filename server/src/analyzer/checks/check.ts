import type { Finding } from '../diagnostics/finding.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { SysplexModel } from '../model/sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { LoadedConfig } from '../workspace/workspace-config.js';
import type { FileHost } from '../workspace/file-host.js';

/** What every check may read. Checks never touch the file system or the LSP. */
export interface CheckContext {
  model: SysplexModel;
  /** Every parsed profile (stacks and INCLUDE members) by URI. */
  profiles: ReadonlyMap<string, ProfileDocument>;
  servers: readonly LibertyServer[];
  config: LoadedConfig;
  /** For checks that must read workspace artefacts such as keystores (read-only). */
  host: FileHost;
}

/**
 * One unit per diagnostic code (a unit may own a few closely related codes). A check is either
 * sysplex-wide (`run`, re-run on every analysis over the model) or document-local (`checkDocument`,
 * a pure function of one parse, so the workspace caches its findings per parsed document and a
 * keystroke re-checks only the edited file).
 */
export type Check = SysplexCheck | DocumentCheck;

export interface SysplexCheck {
  codes: readonly DiagnosticCode[];
  run(context: CheckContext): Finding[];
  checkDocument?: undefined;
}

export interface DocumentCheck {
  codes: readonly DiagnosticCode[];
  checkDocument(document: ProfileDocument): Finding[];
  run?: undefined;
}
