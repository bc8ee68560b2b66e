/**
 * bootstrap.properties (java.util.Properties syntax) and server.env (KEY=value lines), with the
 * range of every key and value so diagnostics can point at a definition.
 */
import { LineIndex, type Range } from '../base/range.js';

export interface PropertyEntry {
  key: string;
  value: string;
  keyRange: Range;
  valueRange: Range;
}

const MAX_ENTRIES = 10_000;

function unescapeProperty(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_whole, escaped: string) => {
    if (escaped.length === 5) return String.fromCharCode(parseInt(escaped.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r', f: '\f' }[escaped] ?? escaped;
  });
}

/** Java properties: `#`/`!` comments, `=`, `:` or blank separators, backslash line continuation. */
export function parseProperties(text: string): PropertyEntry[] {
  const lines = new LineIndex(text);
  const entries: PropertyEntry[] = [];
  const physical = text.split(/\r\n|\r|\n/);
  let offset = 0;
  const lineOffsets = physical.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  for (let i = 0; i < physical.length && entries.length < MAX_ENTRIES; i++) {
    const line = physical[i];
    const lead = line.length - line.trimStart().length;
    if (lead === line.length || line[lead] === '#' || line[lead] === '!') continue;
    // Join continuation lines; the value range runs to the end of the last one.
    let logical = line.slice(lead);
    let lastLine = i;
    while (/(^|[^\\])(\\\\)*\\$/.test(logical) && lastLine + 1 < physical.length) {
      lastLine++;
      logical = logical.slice(0, -1) + physical[lastLine].trimStart();
    }
    const keyMatch = /^((?:\\.|[^\s=:\\])*)\s*[=:]?\s*/.exec(logical)!;
    const keyText = keyMatch[1];
    const valueText = logical.slice(keyMatch[0].length);
    const keyStart = lineOffsets[i] + lead;
    const valueStart = lastLine === i ? keyStart + keyMatch[0].length : lineOffsets[lastLine];
    const valueEnd = lineOffsets[lastLine] + physical[lastLine].length;
    entries.push({
      key: unescapeProperty(keyText),
      value: unescapeProperty(valueText),
      keyRange: lines.rangeOf(keyStart, keyStart + keyText.length),
      valueRange: lines.rangeOf(Math.min(valueStart, valueEnd), valueEnd),
    });
    i = lastLine;
  }
  return entries;
}

/** server.env: `NAME=value` per line, `#` comments; no quoting or continuation. */
export function parseServerEnv(text: string): PropertyEntry[] {
  const lines = new LineIndex(text);
  const entries: PropertyEntry[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const start = offset;
    offset += line.length + 1;
    if (entries.length >= MAX_ENTRIES) break;
    const match = /^(\s*)([^#=\s][^=]*?)\s*=(.*)$/.exec(line);
    if (!match) continue;
    const keyStart = start + match[1].length;
    const value = match[3].trim();
    const valueStart = start + line.indexOf('=') + 1 + (match[3].length - match[3].trimStart().length);
    entries.push({
      key: match[2],
      value,
      keyRange: lines.rangeOf(keyStart, keyStart + match[2].length),
      valueRange: lines.rangeOf(valueStart, valueStart + value.length),
    });
  }
  return entries;
}
