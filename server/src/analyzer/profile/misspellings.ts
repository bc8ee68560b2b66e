/**
 * A pass over a parse's findings that recognises misspelt keywords (keywords/spelling.ts):
 *  - a word at statement position that is no statement (unknown-statement) gets "did you mean";
 *  - a misspelt statement at the start of a line is no statement to the stack either: it reads the
 *    word as one more operand of the statement above ("VIPARANGE: unexpected 'VIPABAKUP'"). Such a
 *    finding is reported as what it is, an unknown statement on the word itself, saying what the
 *    stack makes of it;
 *  - a misspelt operand keyword (MOVABLE) of a statement gets "did you mean" among its parameters.
 * Suggestions go into `data.suggestions` (full keyword names) for the quick fix. The pass changes
 * messages, codes and data only, never severities, ranges or the AST, so what the parser decided
 * (which statements the stack ignores) stands.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { KeywordInfo } from '../keywords/keyword-info.js';
import { KEYWORDS } from '../keywords/keyword-table.js';
import { suggestKeywords, type SpellingSuggestion } from '../keywords/spelling.js';
import { comparePositions, type Position } from '../base/range.js';
import type { ProfileToken, Statement } from './ast.js';
import { STATEMENT_ROLES } from './parse-context.js';

const STATEMENT_ROWS = KEYWORDS.filter((info) => STATEMENT_ROLES.includes(info.role) && info.role !== 'block-end');
const PARAMETER_ROWS = KEYWORDS.filter((info) => info.role === 'parameter');
/** Word kinds that can be a misspelt keyword (not addresses, numbers, strings or symbols). */
const WORDISH = new Set(['name', 'keyword']);
/**
 * Suggestions are looked for on this many findings of a document at most: a file of thousands of
 * misspellings is no profile, and each guess compares the word with every keyword.
 */
const MAX_GUESSED_FINDINGS = 500;

export interface MisspellingInput {
  findings: Finding[];
  tokens: readonly ProfileToken[];
  statements: readonly Statement[];
}

export function reportMisspellings({ findings, tokens, statements }: MisspellingInput): void {
  // Pathological input repeats the same word: each guess is made once per word and place.
  const memo = new Map<string, SpellingSuggestion[]>();
  const remember = (key: string, guess: () => SpellingSuggestion[]) => {
    let found = memo.get(key);
    if (!found) memo.set(key, (found = guess()));
    return found;
  };
  const statementGuess = (token: ProfileToken) => {
    const block = enclosingBlock(statements, token.range.start);
    return remember(`S ${block ?? ''} ${token.upper}`, () => statementSuggestions(token, block));
  };
  const parameterGuess = (token: ProfileToken, owner: string) => remember(`P ${owner} ${token.upper}`, () => suggestKeywords(token.text, PARAMETER_ROWS.filter((info) => info.context?.includes(owner))));
  let guessed = 0;
  for (const finding of findings) {
    if (finding.code !== 'syntax-error' && finding.code !== 'unknown-statement') continue;
    if (guessed >= MAX_GUESSED_FINDINGS) break;
    const index = tokenIndexAt(tokens, finding.range.start);
    if (index === undefined) continue;
    const token = tokens[index];
    if (!WORDISH.has(token.kind) || comparePositions(token.range.end, finding.range.end) !== 0) continue;
    guessed++;
    const firstOnLine = index === 0 || tokens[index - 1].range.end.line < token.range.start.line;
    // A recognised keyword is no misspelling of another one.
    const misspelt = token.kind === 'name';
    if (finding.code === 'unknown-statement') {
      const suggestions = misspelt ? statementGuess(token) : [];
      if (suggestions.length > 0) withSuggestions(finding, suggestions);
      continue;
    }
    // A syntax error on a word: a misspelt operand keyword, or a misspelt statement the stack read as an operand.
    const owner = token.statement;
    const statementGuesses = firstOnLine && misspelt ? statementGuess(token) : [];
    const parameterGuesses = owner && misspelt ? parameterGuess(token, owner) : [];
    if (statementGuesses.length > 0 && (parameterGuesses.length === 0 || statementGuesses[0].distance <= parameterGuesses[0].distance)) {
      finding.code = 'unknown-statement';
      finding.message = `'${token.text}' is not a z/OS TCP/IP profile statement${readAsOperand(tokens, index, owner)}`;
      withSuggestions(finding, statementGuesses);
    } else if (parameterGuesses.length > 0) {
      withSuggestions(finding, parameterGuesses);
    } else if (firstOnLine && owner && /: unexpected '/.test(finding.message)) {
      finding.code = 'unknown-statement';
      finding.message = `'${token.text}' is not a z/OS TCP/IP profile statement${readAsOperand(tokens, index, owner)}`;
    } else if (owner && index > 0) {
      // VIPADEFINE MOVABLE IMMEDIATE ...: the misspelt word was taken for another operand (here an
      // interface name) and the error lands on the correct keyword after it.
      const previous = tokens[index - 1];
      if (previous.statement !== owner || !WORDISH.has(previous.kind) || previous.keyword) continue;
      const guesses = parameterGuess(previous, owner);
      if (guesses.length > 0) withSuggestions(finding, guesses, previous);
    }
  }
}

/** Appends "Did you mean X?" and records the names (and the word to replace, when it is not the finding's). */
function withSuggestions(finding: Finding, suggestions: SpellingSuggestion[], misspelt?: ProfileToken): void {
  const names = suggestions.map((suggestion) => suggestion.info.name);
  const choice = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  finding.message = `${finding.message}. Did you mean ${choice}${misspelt ? ` for '${misspelt.text}'` : ''}?`;
  finding.data = { ...finding.data, suggestions: names, ...(misspelt ? { misspeltRange: misspelt.range } : {}) };
}

/** ": the stack reads it as one more operand of the VIPARANGE on line 5, which rejects it" */
function readAsOperand(tokens: readonly ProfileToken[], index: number, owner: string | undefined): string {
  if (!owner) return '';
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.keyword === owner && token.statement === owner && token.kind === 'keyword') {
      return ` (the stack reads it as one more operand of the ${owner} on line ${token.range.start.line + 1} and rejects that statement)`;
    }
  }
  return ` (the stack reads it as one more operand of the ${owner} above and rejects that statement)`;
}

function statementSuggestions(token: ProfileToken, block: string | undefined): SpellingSuggestion[] {
  return suggestKeywords(token.text, STATEMENT_ROWS, (info) => fitsBlock(info, block));
}

/** Inside VIPADYNAMIC its sub-statements fit; inside BEGINROUTES its ROUTE entries; outside blocks, top-level statements. */
function fitsBlock(info: KeywordInfo, block: string | undefined): boolean {
  if (block === 'VIPADYNAMIC') return info.role === 'vipa-statement';
  if (block) return info.role === 'block-statement' && (info.context?.includes(block) ?? false);
  return info.role === 'statement' || info.role === 'block-start';
}

/** Full name of the innermost block whose extent holds the position (a binary search per nesting level). */
function enclosingBlock(statements: readonly Statement[], position: Position): string | undefined {
  let found: string | undefined;
  let level = statements;
  for (;;) {
    let low = 0;
    let high = level.length - 1;
    let candidate: Statement | undefined;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (comparePositions(level[mid].range.start, position) <= 0) {
        candidate = level[mid];
        low = mid + 1;
      } else high = mid - 1;
    }
    if (!candidate || (candidate.kind !== 'VIPADYNAMIC' && candidate.kind !== 'BLOCK')) return found;
    const end = candidate.end?.range.end;
    if (end && comparePositions(position, end) > 0) return found;
    found = candidate.kind === 'BLOCK' ? candidate.name : 'VIPADYNAMIC';
    level = candidate.statements;
  }
}

function tokenIndexAt(tokens: readonly ProfileToken[], position: Position): number | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = comparePositions(tokens[mid].range.start, position);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
