import type { Finding } from '../diagnostics/finding.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { StackModel, SysplexModel } from '../model/sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { FileHost } from '../base/file-host.js';

/** What every check may read. Checks never touch the file system or the LSP. */
export interface CheckContext {
  model: SysplexModel;
  /** Every parsed profile (stacks and INCLUDE members) by URI. */
  profiles: ReadonlyMap<string, ProfileDocument>;
  servers: readonly LibertyServer[];
  config: LoadedConfig;
  /** For checks that must read workspace artefacts such as keystores (read-only). */
  host: FileHost;
  /**
   * State a sysplex check keeps from one analysis of this workspace to the next (incremental joins,
   * support/stack-join.ts). Absent (a one-off run): the check starts from nothing.
   */
  memo?: CheckMemo;
}

/** Per-workspace state of checks, by owner (usually the check object itself). */
export interface CheckMemo {
  get<T>(owner: object, create: () => T): T;
}

/** The findings of a check's `run`, driving a generator to its end (for callers that cannot yield). */
export function runToEnd(result: Finding[] | Generator<void, Finding[]>): Finding[] {
  if (Array.isArray(result)) return result;
  for (;;) {
    const step = result.next();
    if (step.done) return step.value;
  }
}

/** The state `owner` keeps in `context` between analyses, or a fresh one when the context keeps none. */
export function checkState<T>(context: CheckContext, owner: object, create: () => T): T {
  return context.memo ? context.memo.get(owner, create) : create();
}

/**
 * One unit per diagnostic code (a unit may own a few closely related codes), in the narrowest scope
 * that answers it, because the workspace caches by scope and a keystroke then re-checks only what
 * the edit touched:
 *  - document-local (`checkDocument`): a pure function of one parse, cached per parsed document;
 *  - stack-local (`checkStack`): a pure function of one stack's model, cached per StackModel (a stack
 *    is rebuilt, as a new object, only when one of its files changed);
 *  - sysplex-wide (`run`): reads several stacks or Liberty servers; re-run on every analysis (it
 *    may keep state between analyses in `context.memo` to redo only what changed). A long one may be
 *    a generator that yields now and then: the analysis gives the event loop a turn there, so
 *    requests are answered while it runs.
 */
export type Check = SysplexCheck | StackCheck | DocumentCheck;

export interface SysplexCheck {
  codes: readonly DiagnosticCode[];
  run(context: CheckContext): Finding[] | Generator<void, Finding[]>;
  checkDocument?: undefined;
  checkStack?: undefined;
}

export interface StackCheck {
  codes: readonly DiagnosticCode[];
  checkStack(stack: StackModel): Finding[];
  run?: undefined;
  checkDocument?: undefined;
}

export interface DocumentCheck {
  codes: readonly DiagnosticCode[];
  checkDocument(document: ProfileDocument): Finding[];
  run?: undefined;
  checkStack?: undefined;
}
