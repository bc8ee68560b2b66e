/**
 * Runs the checks of one analysis in the narrowest scope each declares (see checks/check.ts),
 * reusing findings of scopes that did not change: document-local findings are cached per parse,
 * stack-local ones per stack model (both weakly, so they go with the parse or model). A check that
 * throws loses only its own findings for that scope: the failure is reported once per check and
 * analysis, and every other check still runs. It is a generator: the pipeline may yield to the
 * event loop between checks and between scopes (see vipa-workspace.ts).
 */
import type { Check, CheckContext, CheckMemo } from '../checks/check.js';
import type { Finding } from '../diagnostics/finding.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { StackModel } from '../model/sysplex-model.js';

type CheckCache<Scope extends object> = WeakMap<Scope, Map<Check, Finding[]>>;

/** Where a failure belongs: its label for the log and the file the internal-error finding lands on. */
export type FailureReporter = (error: unknown, source: string, uri: string | undefined) => void;

export class CheckRunner {
  private readonly documentCache: CheckCache<ProfileDocument> = new WeakMap();
  private readonly stackCache: CheckCache<StackModel> = new WeakMap();
  private readonly states = new Map<object, unknown>();
  /** What sysplex checks keep between analyses of this workspace (CheckContext.memo). */
  readonly memo: CheckMemo = {
    get: <T>(owner: object, create: () => T): T => {
      if (!this.states.has(owner)) this.states.set(owner, create());
      return this.states.get(owner) as T;
    },
  };

  constructor(readonly checks: readonly Check[]) {}

  /**
   * Findings of every check over `context`; yields between checks and between scopes. Document
   * checks skip the parses `checksDocument` rejects (a copy of a stack profile: its findings would be
   * the profile's again).
   */
  *run(context: CheckContext, report: FailureReporter, checksDocument: (uri: string) => boolean = () => true): Generator<void, Finding[]> {
    const findings: Finding[] = [];
    for (const check of this.checks) {
      yield;
      const source = `check ${check.codes.join(',')}`;
      let reported = false;
      const fail = (error: unknown, uri: string | undefined) => {
        if (!reported) report(error, source, uri);
        reported = true;
      };
      if (check.checkDocument) {
        for (const document of context.profiles.values()) {
          if (!checksDocument(document.uri)) continue;
          const cached = this.cached(this.documentCache, document, check);
          if (cached) push(findings, cached);
          else {
            push(findings, this.compute(this.documentCache, document, check, () => check.checkDocument(document), (error) => fail(error, document.uri)));
            yield;
          }
        }
      } else if (check.checkStack) {
        for (const stack of context.model.stacks) {
          const cached = this.cached(this.stackCache, stack, check);
          if (cached) push(findings, cached);
          else {
            push(findings, this.compute(this.stackCache, stack, check, () => check.checkStack(stack), (error) => fail(error, stack.rootUri)));
            yield;
          }
        }
      } else {
        try {
          const result = check.run(context);
          push(findings, Array.isArray(result) ? result : yield* result);
        } catch (error) {
          fail(error, context.model.stacks[0]?.rootUri ?? context.servers[0]?.serverXmlUri ?? context.config.uri);
        }
      }
    }
    return findings;
  }

  /** The document-local checks of one parse (cached like in `run`). */
  documentFindings(document: ProfileDocument, report: (error: unknown, source: string) => void): Finding[] {
    const findings: Finding[] = [];
    for (const check of this.checks) {
      if (!check.checkDocument) continue;
      const cached = this.cached(this.documentCache, document, check);
      push(findings, cached ?? this.compute(this.documentCache, document, check, () => check.checkDocument(document), (error) => report(error, `check ${check.codes.join(',')}`)));
    }
    return findings;
  }

  private cached<Scope extends object>(cache: CheckCache<Scope>, scope: Scope, check: Check): Finding[] | undefined {
    return cache.get(scope)?.get(check);
  }

  private compute<Scope extends object>(cache: CheckCache<Scope>, scope: Scope, check: Check, work: () => Finding[], fail: (error: unknown) => void): Finding[] {
    let byCheck = cache.get(scope);
    if (!byCheck) cache.set(scope, (byCheck = new Map()));
    try {
      const findings = work();
      byCheck.set(check, findings);
      return findings;
    } catch (error) {
      // Not cached: the next analysis tries again (and reports again).
      fail(error);
      return [];
    }
  }
}

function push(target: Finding[], source: readonly Finding[]): void {
  for (const finding of source) target.push(finding);
}
