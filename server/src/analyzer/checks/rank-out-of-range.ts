/** rank-out-of-range: a VIPABACKUP rank must be "any integer from 1 ... through 254" ([VBAK]). */
import type { DocumentCheck } from './check.js';
import { allStatements } from './support/ast-walk.js';
import { FindingList } from './support/findings.js';

export const MIN_RANK = 1;
export const MAX_RANK = 254;

export const rankOutOfRangeCheck: DocumentCheck = {
  codes: ['rank-out-of-range'],
  checkDocument(document) {
    const out = new FindingList();
    for (const statement of allStatements(document.statements)) {
      if (statement.kind !== 'VIPABACKUP' || !statement.rankWord) continue;
      const rank = statement.rankWord.numericValue ?? statement.rank;
      if (Number.isInteger(rank) && rank >= MIN_RANK && rank <= MAX_RANK) continue;
      out.add(
        'rank-out-of-range',
        'error',
        { uri: document.uri, range: statement.rankWord.range },
        `VIPABACKUP rank ${statement.rankWord.text} is outside ${MIN_RANK}–${MAX_RANK}: the rank orders the backup chain, ${MAX_RANK} first and ${MIN_RANK} last.`,
      );
    }
    return out.findings;
  },
};
