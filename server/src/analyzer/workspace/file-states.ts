/**
 * Where each file stands in the pipeline, so that an edit moves back only what it affects:
 *
 *   read      the current text is known (or will be read) but not parsed;
 *   parsed    the current text is parsed (profiles) — Liberty files skip this state;
 *   modelled  its stack model (profiles) or its Liberty server (Liberty files) includes the current text;
 *   checked   the checks ran over that model: its findings in the last result are current.
 *
 * An edit of a profile moves it to `read`, the other files of its stacks to `parsed` (their stack
 * model is rebuilt), and the files of the other stacks and Liberty servers of those sysplexes to
 * `modelled` (cross-stack checks re-run); everything else stays `checked`.
 */
export type FileState = 'read' | 'parsed' | 'modelled' | 'checked';

const ORDER: Record<FileState, number> = { read: 0, parsed: 1, modelled: 2, checked: 3 };

export class FileStates {
  private readonly states = new Map<string, FileState>();

  get(uri: string): FileState | undefined {
    return this.states.get(uri);
  }

  /** Moves a file back to `state` (never forward). Unknown files start there. */
  lower(uri: string, state: FileState): void {
    const current = this.states.get(uri);
    if (current === undefined || ORDER[state] < ORDER[current]) this.states.set(uri, state);
  }

  /** Moves a file forward to `state` (never back). */
  raise(uri: string, state: FileState): void {
    const current = this.states.get(uri);
    if (current === undefined || ORDER[state] > ORDER[current]) this.states.set(uri, state);
  }

  lowerAll(state: FileState): void {
    for (const uri of this.states.keys()) this.lower(uri, state);
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }

  entries(): IterableIterator<[string, FileState]> {
    return this.states.entries();
  }
}
