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

/** Roles of words that can begin (or end) a statement somewhere. */
export const STATEMENT_ROLES: readonly KeywordRole[] = ['statement', 'block-start', 'block-end', 'vipa-statement', 'block-statement'];

/** lookupKeyword(spelling, STATEMENT_ROLES) for every spelling, computed once. */
const STATEMENT_WORDS = new Map<string, KeywordInfo>();
for (const spelling of BY_SPELLING.keys()) {
  const info = lookupKeyword(spelling, STATEMENT_ROLES);
  if (info) STATEMENT_WORDS.set(spelling, info);
}

/**
 * The statement-level keyword an upper-case word could be (any block): the same answer as
 * lookupKeyword(word, STATEMENT_ROLES), as one map probe (the parser asks it for every word).
 */
export function statementKeyword(upper: string): KeywordInfo | undefined {
  return STATEMENT_WORDS.get(upper);
}

/** Per statement: lookupKeyword(spelling, ['parameter'], statement) for every spelling, built on first use. */
const PARAMETER_WORDS = new Map<string, Map<string, KeywordInfo>>();
const PARAMETER_ROLE: readonly KeywordRole[] = ['parameter'];

/**
 * The parameter keyword an upper-case word stands for in `statement`: the same answer as
 * lookupKeyword(word, ['parameter'], statement), as one map probe (operand readers ask it per word).
 */
export function parameterKeyword(upper: string, statement: string): KeywordInfo | undefined {
  let table = PARAMETER_WORDS.get(statement);
  if (!table) {
    table = new Map();
    // Only spellings of this statement's parameter rows can match.
    for (const row of KEYWORDS) {
      if (row.role !== 'parameter' || !inContext(row, statement)) continue;
      for (let length = Math.max(1, row.minimum); length <= row.name.length; length++) {
        const spelling = row.name.slice(0, length);
        if (table.has(spelling)) continue;
        const info = lookupKeyword(spelling, PARAMETER_ROLE, statement);
        if (info) table.set(spelling, info);
      }
    }
    PARAMETER_WORDS.set(statement, table);
  }
  return table.get(upper);
}

/** The row of a full keyword name (a statement or block row wins over a parameter of the same name). */
export function keywordByName(fullName: string): KeywordInfo | undefined {
  return BY_NAME.get(fullName.toUpperCase());
}

/** All rows with this full name (a name can be a statement and a parameter of several statements). */
export function keywordRows(fullName: string): KeywordInfo[] {
  return KEYWORDS.filter((k) => k.name === fullName.toUpperCase());
}
