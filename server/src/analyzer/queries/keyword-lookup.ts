/**
 * Keyword-table questions asked by hover and completion. Everything comes from the table
 * (keywords/keyword-table.ts): no keyword list is spelt out here.
 */
import type { KeywordInfo, KeywordRole } from '../keywords/keyword-info.js';
import { KEYWORDS, keywordByName, lookupKeyword } from '../keywords/keyword-table.js';
import type { Word } from '../profile/ast.js';

const STATEMENT_ROLES: readonly KeywordRole[] = ['statement', 'block-start', 'block-end', 'vipa-statement', 'block-statement'];

/** The table row of a statement keyword (any spelling or abbreviation), else any row of that name. */
function statementKeyword(name: string): KeywordInfo | undefined {
  return lookupKeyword(name, STATEMENT_ROLES) ?? keywordByName(name);
}

/** The table row for a keyword token: as a statement when it opens one, else as a parameter of it. */
export function keywordForToken(token: Word, isStatementKeyword: boolean, statement: string | undefined): KeywordInfo | undefined {
  const name = token.keyword ?? token.upper;
  if (isStatementKeyword) return statementKeyword(name);
  return lookupKeyword(name, ['parameter'], statement) ?? lookupKeyword(name, ['parameter']) ?? keywordByName(name);
}

/**
 * Statement keywords allowed at a statement start: inside VIPADYNAMIC its sub-statements, inside
 * another block the statements of that block, at top level the top-level statements and blocks;
 * in a block, its END keyword too.
 */
export function statementKeywordsFor(blockName: string | undefined): KeywordInfo[] {
  if (!blockName) return KEYWORDS.filter((info) => info.role === 'statement' || info.role === 'block-start');
  const block = keywordByName(blockName);
  const inside = KEYWORDS.filter((info) => (info.role === 'vipa-statement' && block?.name === 'VIPADYNAMIC') || (info.role === 'block-statement' && (info.context ?? []).includes(blockName)));
  const end = block?.endKeyword ? keywordByName(block.endKeyword) : undefined;
  return end ? [...inside, end] : inside;
}

/** Parameter keywords of a statement, in the order IBM requires them. */
export function parameterKeywordsFor(statementName: string): KeywordInfo[] {
  const statement = statementKeyword(statementName);
  const names = statement?.parameters ?? [];
  return names
    .map((name) => lookupKeyword(name, ['parameter'], statement?.name) ?? keywordByName(name))
    .filter((info): info is KeywordInfo => info !== undefined);
}

/** Whether IBM's syntax line of the statement takes an IP address operand. */
export function statementTakesAddress(statementName: string): boolean {
  const statement = statementKeyword(statementName);
  return /addr|dynxcfip|\bip\b|destination|ipv[46]/i.test(statement?.syntax ?? '');
}
