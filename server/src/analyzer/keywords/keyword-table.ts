/**
 * The keyword table: every statement, block keyword and parameter keyword of the z/OS TCP/IP
 * profile, with IBM's minimum abbreviation. Words are matched case-insensitively: a word matches a
 * keyword when it is a prefix of the full name at least `minimum` characters long.
 */
import type { KeywordInfo, KeywordRole } from './keyword-info.js';
import { STATEMENT_KEYWORDS } from './statements.js';
import { VIPA_KEYWORDS } from './vipa.js';
import { PARAMETER_KEYWORDS } from './parameters.js';

export { FOREIGN_BLOCKS, REMOVED_STATEMENTS } from './statements.js';

/**
 * Parameters that a statement row lists but no data file describes get a row of their own, so that
 * hover and completion know every listed keyword. Their minimum is the full name (IBM's spelling
 * not recorded), which never accepts an abbreviation the stack might reject.
 */
function withListedParameters(rows: readonly KeywordInfo[]): KeywordInfo[] {
  const all = [...rows];
  const described = new Set(rows.filter((k) => k.role === 'parameter').flatMap((k) => (k.context ?? []).map((c) => `${c} ${k.name}`)));
  for (const owner of rows) {
    if (owner.role === 'parameter' || owner.role === 'block-end') continue;
    for (const name of owner.parameters ?? []) {
      if (described.has(`${owner.name} ${name}`)) continue;
      if (owner.name === 'VIPADYNAMIC' || owner.name === 'BEGINROUTES') continue; // sub-statements, not parameters
      described.add(`${owner.name} ${name}`);
      all.push({
        name,
        minimum: name.length,
        role: 'parameter',
        context: [owner.name],
        meaning: `Option of the ${owner.name} statement (see IBM's description of ${owner.name}).`,
        docUrl: owner.docUrl,
      });
    }
  }
  return all;
}

export const KEYWORDS: readonly KeywordInfo[] = withListedParameters([...STATEMENT_KEYWORDS, ...VIPA_KEYWORDS, ...PARAMETER_KEYWORDS]);

/** Every accepted spelling (each prefix from `minimum` to the full name) -> the rows it matches. */
const BY_SPELLING = new Map<string, KeywordInfo[]>();
const BY_NAME = new Map<string, KeywordInfo>();
for (const info of KEYWORDS) {
  const known = BY_NAME.get(info.name);
  if (!known || (known.role === 'parameter' && info.role !== 'parameter')) BY_NAME.set(info.name, info);
  for (let length = Math.max(1, info.minimum); length <= info.name.length; length++) {
    const spelling = info.name.slice(0, length);
    const list = BY_SPELLING.get(spelling);
    if (list) list.push(info);
    else BY_SPELLING.set(spelling, [info]);
  }
}

function inContext(info: KeywordInfo, statement: string | undefined): boolean {
  if (statement === undefined || info.role !== 'parameter') return true;
  return info.context?.includes(statement) ?? false;
}

/**
 * The keyword a word stands for. `roles` restricts the rows considered; `statement` restricts
 * parameter rows to that statement's parameters. An exact full-name match wins over an abbreviation.
 */
export function lookupKeyword(word: string, roles?: readonly KeywordRole[], statement?: string): KeywordInfo | undefined {
  const upper = word.toUpperCase();
  const candidates = BY_SPELLING.get(upper);
  if (!candidates) return undefined;
  let best: KeywordInfo | undefined;
  for (const info of candidates) {
    if (roles && !roles.includes(info.role)) continue;
    if (!inContext(info, statement)) continue;
    if (info.name === upper) return info;
    if (!best || info.minimum > best.minimum) best = info;
  }
  return best;
}

/** The row of a full keyword name (a statement or block row wins over a parameter of the same name). */
export function keywordByName(fullName: string): KeywordInfo | undefined {
  return BY_NAME.get(fullName.toUpperCase());
}

/** All rows with this full name (a name can be a statement and a parameter of several statements). */
export function keywordRows(fullName: string): KeywordInfo[] {
  return KEYWORDS.filter((k) => k.name === fullName.toUpperCase());
}
