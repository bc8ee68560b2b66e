/**
 * Answers "is the block opened at this position closed later?" in O(log n), so that recovery
 * from a missing END never rescans the rest of the file (a file of 10,000 unterminated AUTOLOGs
 * stays linear). A block is closed when its END keyword comes before the next opening of the same
 * block.
 */
import type { KeywordInfo } from '../keywords/keyword-info.js';
import type { ParseContext } from './parse-context.js';

export class BlockEnds {
  /** Positions of each block-start and block-end keyword, by full name, ascending. */
  private readonly positions = new Map<string, number[]>();

  constructor(ctx: ParseContext) {
    for (let index = 0; index < ctx.tokens.length; index++) {
      const info = ctx.statementWord(index);
      if (!info || (info.role !== 'block-start' && info.role !== 'block-end')) continue;
      const list = this.positions.get(info.name);
      if (list) list.push(index);
      else this.positions.set(info.name, [index]);
    }
  }

  isClosed(start: number, block: KeywordInfo): boolean {
    if (!block.endKeyword) return false;
    const end = this.nextAfter(block.endKeyword, start);
    if (end === undefined) return false;
    const reopen = this.nextAfter(block.name, start);
    return reopen === undefined || end < reopen;
  }

  private nextAfter(name: string, position: number): number | undefined {
    const list = this.positions.get(name);
    if (!list) return undefined;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid] <= position) low = mid + 1;
      else high = mid;
    }
    return list[low];
  }
}
