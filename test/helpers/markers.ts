/**
 * Inline position markers for analyzer tests: write ⟦ and ⟧ around the text a finding or node
 * should cover; `extractMarkers` returns the clean text and the marked ranges in order.
 *
 *   const { text, ranges } = extractMarkers('VIPADYNAMIC\n VIPADEFINE 255.255.255.0 ⟦127.0.0.1⟧\nENDVIPADYNAMIC');
 */
import type { Range } from '../../server/src/analyzer/base/range.js';

export const OPEN = '⟦';
export const CLOSE = '⟧';

export interface Marked {
  text: string;
  ranges: Range[];
}

export function extractMarkers(source: string): Marked {
  let text = '';
  let line = 0;
  let character = 0;
  const open: { line: number; character: number }[] = [];
  const ranges: Range[] = [];
  for (const ch of source) {
    if (ch === OPEN) {
      open.push({ line, character });
      continue;
    }
    if (ch === CLOSE) {
      const start = open.pop();
      if (!start) throw new Error(`unbalanced ${CLOSE} at ${line}:${character}`);
      ranges.push({ start, end: { line, character } });
      continue;
    }
    text += ch;
    if (ch === '\n') {
      line++;
      character = 0;
    } else {
      character++;
    }
  }
  if (open.length > 0) throw new Error(`unclosed ${OPEN}`);
  return { text, ranges };
}

/** Compact "line:char-line:char" form, so a failing assertion shows both ranges readably. */
export function showRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
