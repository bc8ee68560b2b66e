/**
 * An incremental join of the stacks of each sysplex by a key (usually a canonical address), for
 * cross-stack checks whose findings about one key depend only on what every stack contributes under
 * that key. Between analyses it keeps, per sysplex, the index key -> contributions and the findings
 * per key; an analysis in which one stack was rebuilt (a new StackModel object) removes the old
 * model's contributions, adds the new one's, and judges again only the keys either touched. A
 * keystroke in one profile of a 32-stack sysplex then costs the size of that profile, not of the
 * sysplex.
 *
 * Contributions are cached per StackModel (a pure function of the model). `context` is everything
 * else the judgement reads (sysplex name, the ordered stack names); when it changes every key of
 * that sysplex is judged again. With `sameEntry`, a key whose entries the rebuilt stack (same name)
 * contributes unchanged is not judged again either: a keystroke then re-judges a line, not a stack.
 */
import type { Finding } from '../../diagnostics/finding.js';
import type { StackModel } from '../../model/sysplex-model.js';
import type { Location } from '../../base/range.js';

/** One stack's entries under one key, in the sysplex's stack order. */
export interface Contribution<Entry> {
  stack: StackModel;
  entries: Entry[];
}

interface SysplexState<Entry> {
  stacks: Set<StackModel>;
  context: string;
  /** Key -> what each stack contributes (a short array: most addresses are on one or two stacks). */
  index: Map<string, Contribution<Entry>[]>;
  findings: Map<string, Finding[]>;
  all?: Finding[];
}

const EMPTY: ReadonlyMap<string, never[]> = new Map();

export class StackJoin<Entry> {
  private readonly contributions = new WeakMap<StackModel, Map<string, Entry[]>>();
  private readonly sysplexes = new Map<string, SysplexState<Entry>>();

  constructor(
    private readonly contribute: (stack: StackModel) => Map<string, Entry[]>,
    /**
     * Whether two entries say the same to the judgement: every field the judge reads, location
     * included (a check's comparator lives next to its judge, so both change together).
     */
    private readonly sameEntry?: (a: Entry, b: Entry) => boolean,
  ) {}

  /** Findings of `judge` over every key of the sysplex (see the file comment). */
  findings(sysplex: string, stacks: readonly StackModel[], context: string, judge: (key: string, contributions: Contribution<Entry>[]) => Finding[]): Finding[] {
    const steps = this.steps(sysplex, stacks, context, judge);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** The same, as steps: it yields every few hundred keys (a first analysis judges tens of thousands). */
  *steps(sysplex: string, stacks: readonly StackModel[], context: string, judge: (key: string, contributions: Contribution<Entry>[]) => Finding[]): Generator<void, Finding[]> {
    let state = this.sysplexes.get(sysplex);
    if (!state) this.sysplexes.set(sysplex, (state = { stacks: new Set(), context, index: new Map(), findings: new Map() }));
    const current = new Set(stacks);
    // Stacks that leave or arrive, paired by name: a rebuilt stack replaces its predecessor.
    const changes = new Map<string, { before?: StackModel; after?: StackModel }>();
    for (const stack of state.stacks) if (!current.has(stack)) changes.set(stack.name, { before: stack });
    for (const stack of current) {
      if (state.stacks.has(stack)) continue;
      const change = changes.get(stack.name);
      if (change) change.after = stack;
      else changes.set(stack.name, { after: stack });
    }
    const dirty = new Set<string>();
    for (const { before, after } of changes.values()) {
      // A first analysis computes every stack's contributions (and its coverage index): one at a time.
      yield;
      const old = before ? this.contributionsOf(before) : EMPTY;
      const next = after ? this.contributionsOf(after) : EMPTY;
      for (const [key, entries] of old) {
        if (!this.sameEntries(entries, next.get(key))) dirty.add(key);
        const contributions = state.index.get(key);
        if (!contributions) continue;
        const at = contributions.findIndex((contribution) => contribution.stack === before);
        if (at >= 0) contributions.splice(at, 1);
        if (contributions.length === 0) state.index.delete(key);
      }
      for (const [key, entries] of next) {
        if (!old.has(key)) dirty.add(key);
        const contributions = state.index.get(key);
        if (contributions) contributions.push({ stack: after!, entries });
        else state.index.set(key, [{ stack: after!, entries }]);
      }
    }
    state.stacks = current;
    const keys = state.context === context ? dirty : state.index.keys();
    state.context = context;
    if (dirty.size === 0 && keys === dirty && state.all) return state.all;

    const order = new Map(stacks.map((stack, position) => [stack, position]));
    let judged = 0;
    for (const key of [...keys]) {
      if (++judged % 256 === 0) yield;
      const contributions = state.index.get(key);
      if (!contributions) {
        state.findings.delete(key);
        continue;
      }
      if (contributions.length > 1) contributions.sort((a, b) => order.get(a.stack)! - order.get(b.stack)!);
      const found = judge(key, contributions);
      if (found.length > 0) state.findings.set(key, found);
      else state.findings.delete(key);
    }
    state.all = [...state.findings.values()].flat();
    return state.all;
  }

  /** Forgets sysplexes that are gone (their stacks would otherwise stay referenced). */
  retain(sysplexNames: Iterable<string>): void {
    const live = new Set(sysplexNames);
    for (const name of [...this.sysplexes.keys()]) if (!live.has(name)) this.sysplexes.delete(name);
  }

  private sameEntries(before: Entry[], after: Entry[] | undefined): boolean {
    if (!this.sameEntry || !after || before.length !== after.length) return false;
    for (let i = 0; i < after.length; i++) if (!this.sameEntry(before[i], after[i])) return false;
    return true;
  }

  private contributionsOf(stack: StackModel): Map<string, Entry[]> {
    let contributions = this.contributions.get(stack);
    if (!contributions) this.contributions.set(stack, (contributions = this.contribute(stack)));
    return contributions;
  }
}

/** Same file and same range: where a finding about a fact lands and what its message may name. */
export function sameLocation(a: Location, b: Location): boolean {
  const x = a.range;
  const y = b.range;
  return a.uri === b.uri && x.start.line === y.start.line && x.start.character === y.start.character && x.end.line === y.end.line && x.end.character === y.end.character;
}
