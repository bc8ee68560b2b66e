/**
 * looksLikeProfile: a cheap content test used by file discovery for files whose name says nothing
 * (no .tcpip extension, not PROFILE*, not in a *TCPPARMS* folder). It reads the first lines only and
 * counts lines that begin with a statement keyword. Keywords that are also English words (HOME,
 * PORT, LINK, START, INCLUDE, ...) count only when their operands have the profile's shape, so
 * prose, shell scripts and markdown do not pass.
 */
import { lookupKeyword } from '../keywords/keyword-table.js';
import { STATEMENT_ROLES } from './parse-context.js';
import { parseAddressText } from '../base/addresses.js';

const MAX_LINES = 400;
const MAX_CHARS = 64 * 1024;
/** An IPv4 address or subnet, read by the one address parser. */
const IPV4 = { test: (word: string) => parseAddressText(word)?.family === 4 };
const DATA_SET = /^'?[A-Z@#$&][A-Z0-9@#$&.-]*(\([A-Z0-9@#$&]+\))?'?$/i;
const WEAK = new Set(['HOME', 'PORT', 'LINK', 'DEVICE', 'INTERFACE', 'START', 'STOP', 'INCLUDE', 'DELETE', 'ROUTE', 'TRANSLATE']);
const DEVICE_TYPES = /^(MPCIPA|MPCPTP|MPCOSA|VIRTUAL|IPAQENET|IPAQIDIO|IPAQENET6|IPAQIDIO6|LCS|CTC|ETHERNET|802\.3|ETHEROR802\.3|CLAW|HCH|ATM)$/i;

function weakLineFits(keyword: string, operands: string[]): boolean {
  switch (keyword) {
    case 'HOME':
      return operands.length === 0 || (IPV4.test(operands[0]) || operands[0].startsWith('&')) && operands.length <= 2;
    case 'PORT':
      return operands.length === 0 || (/^\d+$/.test(operands[0]) && /^(TCP|UDP)$/i.test(operands[1] ?? 'TCP'));
    case 'DEVICE':
    case 'LINK':
      return operands.length >= 2 && operands.slice(1, 3).some((word) => DEVICE_TYPES.test(word));
    case 'INTERFACE':
      return operands.length >= 2 && /^(DEFINE|ADDADDR|DELADDR|DELETE)$/i.test(operands[1]);
    case 'START':
    case 'STOP':
      return operands.length === 1 && /^[A-Z@#$][A-Z0-9@#$]{0,15}$/i.test(operands[0]);
    case 'INCLUDE':
      return operands.length === 1 && /[.(]/.test(operands[0]) && DATA_SET.test(operands[0]);
    case 'DELETE':
      return /^(DEVICE|LINK|PORT|PORTRANGE)$/i.test(operands[0] ?? '');
    case 'ROUTE':
      return operands.length >= 3 && (/^DEFAULT$/i.test(operands[0]) || IPV4.test(operands[0]) || operands[0].includes(':'));
    default:
      return operands.length > 0 && IPV4.test(operands[0]);
  }
}

export function looksLikeProfile(text: string): boolean {
  const head = text.slice(0, MAX_CHARS);
  const firstChar = head.trimStart()[0];
  if (firstChar === '<' || firstChar === '{' || firstChar === '[') return false;
  let strong = 0;
  let weak = 0;
  let lines = 0;
  for (const rawLine of head.split(/\r\n?|\n/)) {
    if (++lines > MAX_LINES) break;
    const semicolon = rawLine.indexOf(';');
    const line = (semicolon >= 0 ? rawLine.slice(0, semicolon) : rawLine).trim();
    if (line === '' || line.startsWith('//') || line.startsWith('#')) continue;
    const words = line.split(/[ \t]+/);
    // Prose and markup: punctuation glued to the first word, or key=value / key: value lines.
    if (/[=:,<>{}()]/.test(words[0])) continue;
    const info = lookupKeyword(words[0], STATEMENT_ROLES);
    if (!info) continue;
    if (WEAK.has(info.name)) {
      if (weakLineFits(info.name, words.slice(1))) weak++;
    } else if (words[0] === words[0].toUpperCase() || words[0].length >= 6) {
      strong++;
    }
    if (strong >= 2 || (strong >= 1 && weak >= 1) || weak >= 3) return true;
  }
  return false;
}

/**
 * The lenient test for members of a TCPPARMS library (a folder named like the data set), where
 * nearly everything is a profile or an INCLUDE member: at least one line starts with a profile
 * statement, and at least half of the lines start with a statement, a number or an address (PORT
 * entries, HOME entries, DESTIP lists). Other configurations were recognised before this test.
 */
export function looksLikeProfileMember(text: string): boolean {
  const head = text.slice(0, MAX_CHARS);
  const firstChar = head.trimStart()[0];
  if (firstChar === '<' || firstChar === '{' || firstChar === '[') return false;
  let statements = 0;
  let shaped = 0;
  let lines = 0;
  let counted = 0;
  for (const rawLine of head.split(/\r\n?|\n/)) {
    if (++lines > MAX_LINES) break;
    const semicolon = rawLine.indexOf(';');
    const line = (semicolon >= 0 ? rawLine.slice(0, semicolon) : rawLine).trim();
    if (line === '') continue;
    counted++;
    const first = line.split(/[ \t]+/)[0];
    if (/[=:,<>{}()]/.test(first)) continue;
    if (lookupKeyword(first, STATEMENT_ROLES)) {
      statements++;
      shaped++;
    } else if (/^\d/.test(first) || first.startsWith('&')) shaped++;
  }
  return statements > 0 && shaped * 2 >= counted;
}
