/**
 * Address literals inside text: which IPv4/IPv6 literal sits under a position, and where a given
 * address is written inside a range (an attribute value, a properties value, a JSON string). Used by
 * rename, which must edit only the address, never the quotes, brackets or blanks around it.
 */
import { LineIndex, type Position, type Range } from '../base/range.js';
import { parseAddressText } from '../base/addresses.js';

/** Candidate literals: IPv4 dotted decimal, or hex/colon runs with at least one ':' (IPv6). */
const LITERAL = /(?<![\w.:])(\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:]*(?:\d{1,3}(?:\.\d{1,3}){3})?)(?![\w.:])/g;

export interface LiteralHit {
  /** Canonical address. */
  address: string;
  family: 4 | 6;
  range: Range;
}

function literalsIn(text: string, from: number, to: number, lines: LineIndex): LiteralHit[] {
  const hits: LiteralHit[] = [];
  const slice = text.slice(from, to);
  LITERAL.lastIndex = 0;
  for (let match = LITERAL.exec(slice); match; match = LITERAL.exec(slice)) {
    const parsed = parseAddressText(match[1]);
    if (!parsed || parsed.prefixLength !== undefined) continue;
    const start = from + match.index;
    hits.push({ address: parsed.address, family: parsed.family, range: lines.rangeOf(start, start + match[1].length) });
  }
  return hits;
}

/** The address literal under (or right after) the position on its line. */
export function literalAt(text: string, position: Position): LiteralHit | undefined {
  const lines = new LineIndex(text);
  const lineStart = lines.offsetAt({ line: position.line, character: 0 });
  const lineEnd = position.line + 1 < lines.lineCount ? lines.offsetAt({ line: position.line + 1, character: 0 }) : text.length;
  const offset = lines.offsetAt(position);
  return literalsIn(text, lineStart, lineEnd, lines).find((hit) => lines.offsetAt(hit.range.start) <= offset && offset <= lines.offsetAt(hit.range.end));
}

/** Where `address` (canonical) is written inside `range` of `text`, if it is. */
export function literalIn(text: string, range: Range, address: string): Range | undefined {
  const lines = new LineIndex(text);
  return literalsIn(text, lines.offsetAt(range.start), lines.offsetAt(range.end), lines).find((hit) => hit.address === address)?.range;
}

/** The canonical address a whole value stands for (blanks and IPv6 brackets allowed around it). */
export function addressOfValue(value: string): string | undefined {
  const parsed = parseAddressText(value.trim().replace(/^\[(.*)\]$/, '$1'));
  return parsed && parsed.prefixLength === undefined ? parsed.address : undefined;
}
