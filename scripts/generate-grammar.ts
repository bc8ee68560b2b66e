/**
 * Generates syntaxes/tcpip-profile.tmLanguage.json from the keyword table, so the colours can never
 * disagree with the lexer about which words are keywords or how far they may be abbreviated.
 * Run by scripts/build.mjs; `node --import tsx scripts/generate-grammar.ts --check` only compares.
 *
 * Scopes were picked so that Dark+ and Light+ colour each kind differently:
 *   statements and blocks  keyword.control.*           purple   (#C586C0 / #AF00DB)
 *   parameter keywords     keyword.other.parameter     blue     (#569CD6 / #0000FF)
 *   comments               comment.line.semicolon      green    (#6A9955 / #008000)
 *   addresses              variable.other.constant.*   cyan     (#4FC1FF / #0070C1) — not constant.numeric,
 *                          so that an address stands out from the numbers (ports, ranks, masks) around it
 *   masks, numbers         constant.numeric.*          pale green (#B5CEA8 / #098658)
 *   system symbols         variable.other.symbol       light blue (#9CDCFE / #001080)
 *   strings, data sets     string.*                    orange   (#CE9178 / #A31515)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { KeywordInfo, KeywordRole } from '../server/src/analyzer/keywords/keyword-info.js';
import { KEYWORDS } from '../server/src/analyzer/keywords/keyword-table.js';

export const SCOPE_NAME = 'source.tcpip-profile';
const SUFFIX = '.tcpip-profile';
export const GRAMMAR_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'syntaxes', 'tcpip-profile.tmLanguage.json');

/** Characters that continue a profile word: a keyword inside ADM@SRV or SYS1.TCPPARMS is no keyword. */
const WORD_CHARS = String.raw`\w@#$`;
const WORD_START = `(?<![${WORD_CHARS}&.])`;
const WORD_END = `(?![${WORD_CHARS}.])`;

/** Keyword scope per role, in matching priority: a word that is both a statement and a parameter colours as the statement. */
export const ROLE_SCOPES: ReadonlyArray<readonly [KeywordRole, string]> = [
  ['block-end', 'keyword.control.block.end'],
  ['block-start', 'keyword.control.block.begin'],
  ['vipa-statement', 'keyword.control.statement.vipa'],
  ['block-statement', 'keyword.control.statement.nested'],
  ['statement', 'keyword.control.statement'],
  ['parameter', 'keyword.other.parameter'],
];

/** Escapes regex metacharacters (keyword names are letters and digits, but stay safe). */
function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Every spelling from the minimum abbreviation up to the full name, as nested optional groups:
 * VIPADEFINE with minimum 7 -> VIPADEF(?:I(?:N(?:E)?)?)?
 */
export function abbreviationPattern(name: string, minimum: number): string {
  const required = Math.min(Math.max(minimum, 1), name.length);
  let optional = '';
  for (let index = name.length - 1; index >= required; index--) {
    optional = `(?:${escapeRegex(name[index]!)}${optional})?`;
  }
  return escapeRegex(name.slice(0, required)) + optional;
}

type Spelling = Pick<KeywordInfo, 'name' | 'minimum'>;

/**
 * The alternation of all spellings of the keywords, longest names first. A name listed in several
 * rows (a parameter of several statements) appears once, with its shortest minimum, so the output
 * does not depend on the order of the table.
 */
function keywordAlternation(keywords: readonly Spelling[]): string {
  const minimumByName = new Map<string, number>();
  for (const keyword of keywords) {
    const name = keyword.name.toUpperCase();
    minimumByName.set(name, Math.min(keyword.minimum, minimumByName.get(name) ?? Infinity));
  }
  return [...minimumByName]
    .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, minimum]) => abbreviationPattern(name, minimum))
    .join('|');
}

/** One whole-word, case-insensitive regex (Oniguruma syntax) matching any of the given keywords. */
export function keywordRegex(keywords: readonly Spelling[]): string {
  return `(?i)${WORD_START}(?:${keywordAlternation(keywords)})${WORD_END}`;
}

/** The INCLUDE statement's spellings: from the table when it has the row, else the full word only. */
function includeSpellings(keywords: readonly KeywordInfo[]): Spelling[] {
  const rows = keywords.filter((keyword) => keyword.name === 'INCLUDE');
  return rows.length > 0 ? rows : [{ name: 'INCLUDE', minimum: 7 }];
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)';
/** Contiguous-mask octets; a dotted quad made only of a 255 run then one of these is a mask, not a host. */
const MASK_OCTET = '(?:255|254|252|248|240|224|192|128|0)';
const MASK_LEAD = '(?:255|254|252|248|240|224|192|128)';

export const PATTERNS = {
  ipv4Mask: `${WORD_START}(?:255\\.255\\.255\\.${MASK_OCTET}|255\\.255\\.${MASK_OCTET}\\.0|255\\.${MASK_OCTET}\\.0\\.0|${MASK_LEAD}\\.0\\.0\\.0)(?![${WORD_CHARS}.:/])`,
  ipv4Address: `${WORD_START}${OCTET}(?:\\.${OCTET}){3}(?:/(?:3[0-2]|[12]?\\d))?(?![${WORD_CHARS}.:/])`,
  // At least two colons and one hex digit; an embedded IPv4 tail and a /prefix are allowed.
  ipv6Address: `${WORD_START}(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)(?=[:.0-9A-Fa-f]*[0-9A-Fa-f])(?:[0-9A-Fa-f]{1,4}|:)[0-9A-Fa-f:]*(?:\\d{1,3}(?:\\.\\d{1,3}){3})?(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?(?![${WORD_CHARS}.:/])`,
  number: `${WORD_START}\\d+[KkMm]?(?![${WORD_CHARS}.:])`,
  symbol: '&[A-Za-z0-9@#$_]+\\.?',
};

type Rule = Record<string, unknown>;

function scopeOf(role: KeywordRole): string {
  return ROLE_SCOPES.find(([candidate]) => candidate === role)![1] + SUFFIX;
}

/**
 * Blocks that have their own sub-statements (VIPADYNAMIC, BEGINROUTES) become begin/end regions.
 * Inside them the top-level statements cannot occur (until the END keyword, every word belongs to
 * the block), so PORT in a VIPADISTRIBUTE is coloured as the parameter it is there.
 */
function blockRegions(keywords: readonly KeywordInfo[], repository: Record<string, Rule>, values: Rule[]): Rule[] {
  const includes: Rule[] = [];
  const parameters = keywords.filter((keyword) => keyword.role === 'parameter');
  const blocks = keywords.filter((keyword) => keyword.role === 'block-start' && keyword.endKeyword).sort((a, b) => a.name.localeCompare(b.name));
  for (const block of blocks) {
    const nested = keywords.filter(
      (keyword) => (keyword.role === 'vipa-statement' || keyword.role === 'block-statement') && keyword.context?.includes(block.name),
    );
    if (nested.length === 0) continue;
    const end = keywords.find((keyword) => keyword.role === 'block-end' && keyword.name === block.endKeyword) ?? { name: block.endKeyword!, minimum: block.endKeyword!.length };
    const key = `block-${block.name.toLowerCase()}`;
    const inner: Rule[] = [...values];
    const roles = [...new Set(nested.map((keyword) => keyword.role))];
    for (const role of roles) {
      inner.push({ name: scopeOf(role), match: keywordRegex(nested.filter((keyword) => keyword.role === role)) });
    }
    if (parameters.length > 0) inner.push({ include: '#keyword-parameter' });
    repository[key] = {
      name: `meta.block.${block.name.toLowerCase()}${SUFFIX}`,
      begin: `(?i)${WORD_START}(${keywordAlternation([block])})${WORD_END}`,
      beginCaptures: { '1': { name: scopeOf('block-start') } },
      end: `(?i)${WORD_START}(${keywordAlternation([end])})${WORD_END}`,
      endCaptures: { '1': { name: scopeOf('block-end') } },
      patterns: inner,
    };
    includes.push({ include: `#${key}` });
  }
  return includes;
}

/** The grammar as a plain object, with a fixed key order so the generated file is stable. */
export function buildGrammar(keywords: readonly KeywordInfo[]): Rule {
  if (keywords.length === 0) throw new Error('generate-grammar: the keyword table is empty; refusing to write a grammar without keywords');
  const repository: Record<string, Rule> = {
    comment: {
      name: `comment.line.semicolon${SUFFIX}`,
      match: '(;).*$',
      captures: { '1': { name: `punctuation.definition.comment${SUFFIX}` } },
    },
    string: {
      name: `string.quoted.double${SUFFIX}`,
      match: '"[^"]*(?:"|$)',
    },
    'include-statement': {
      // INCLUDE dsname(member): the operand is a data set name, whatever it looks like.
      match: `(?i)${WORD_START}(${keywordAlternation(includeSpellings(keywords))})${WORD_END}(?:[ \\t]+([^\\s;"]+))?`,
      captures: {
        '1': { name: `keyword.control.statement${SUFFIX}` },
        '2': { name: `string.unquoted.dataset${SUFFIX}` },
      },
    },
    symbol: { name: `variable.other.symbol${SUFFIX}`, match: PATTERNS.symbol },
    ipv6: { name: `variable.other.constant.address.ipv6${SUFFIX}`, match: PATTERNS.ipv6Address },
    mask: { name: `constant.numeric.mask.ipv4${SUFFIX}`, match: PATTERNS.ipv4Mask },
    ipv4: { name: `variable.other.constant.address.ipv4${SUFFIX}`, match: PATTERNS.ipv4Address },
    number: { name: `constant.numeric.integer${SUFFIX}`, match: PATTERNS.number },
  };
  const keywordIncludes: Rule[] = [];
  for (const [role, scope] of ROLE_SCOPES) {
    const ofRole = keywords.filter((keyword) => keyword.role === role);
    if (ofRole.length === 0) continue;
    const key = `keyword-${role}`;
    repository[key] = { name: `${scope}${SUFFIX}`, match: keywordRegex(ofRole) };
    keywordIncludes.push({ include: `#${key}` });
  }
  const values = ['comment', 'string', 'symbol', 'ipv6', 'mask', 'ipv4', 'number'].map((key) => ({ include: `#${key}` }));
  const blockIncludes = blockRegions(keywords, repository, values);
  // Order matters only between rules that match at the same position: comments before anything,
  // strings, INCLUDE with its data set, symbols, addresses before numbers, then blocks and keywords.
  const order = ['comment', 'string', 'include-statement', 'symbol', 'ipv6', 'mask', 'ipv4', 'number'];
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'z/OS TCP/IP Profile',
    scopeName: SCOPE_NAME,
    comment: 'GENERATED by scripts/generate-grammar.ts from the keyword table. Do not edit by hand.',
    patterns: [...order.map((key) => ({ include: `#${key}` })), ...blockIncludes, ...keywordIncludes],
    repository,
  };
}

export function renderGrammar(keywords: readonly KeywordInfo[]): string {
  return JSON.stringify(buildGrammar(keywords), null, 2) + '\n';
}

function main(): void {
  const text = renderGrammar(KEYWORDS);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(GRAMMAR_FILE, 'utf8');
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error(`generate-grammar: ${GRAMMAR_FILE} is out of date; run npm run build`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(GRAMMAR_FILE, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
