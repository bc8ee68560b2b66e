/**
 * The TN3270E Telnet server profile's own block structure: TELNETGLOBALS ... ENDTELNETGLOBALS,
 * TELNETPARMS ... ENDTELNETPARMS and BEGINVTAM ... ENDVTAM at the top level (IP Configuration
 * Reference, "TN3270E Telnet server configuration": TELNETGLOBALS, TELNETPARMS and BEGINVTAM
 * statement blocks). The file is recognised as a Telnet profile (discovery/other-configs.ts), so
 * its statements are not reported as unknown PROFILE.TCPIP statements; only the blocks are checked:
 * a block opened while another is still open, and an END word without its block. The statements
 * inside the blocks (PORT, LUGROUP, DEFAULTLUS, ...) are not checked.
 */
import type { Finding } from '../diagnostics/finding.js';
import { range } from '../base/range.js';

const BLOCKS: Readonly<Record<string, string>> = { TELNETGLOBALS: 'ENDTELNETGLOBALS', TELNETPARMS: 'ENDTELNETPARMS', BEGINVTAM: 'ENDVTAM' };
const ENDS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(BLOCKS).map(([start, end]) => [end, start]));

interface Word {
  upper: string;
  line: number;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const result: Word[] = [];
  text.split(/\r\n?|\n/).forEach((raw, line) => {
    const semicolon = raw.indexOf(';');
    const code = semicolon >= 0 ? raw.slice(0, semicolon) : raw;
    for (const match of code.matchAll(/\S+/g)) result.push({ upper: match[0].toUpperCase(), line, start: match.index, end: match.index + match[0].length });
  });
  return result;
}

const cache = new Map<string, { text: string; findings: Finding[] }>();

export function checkTn3270Blocks(uri: string, text: string): Finding[] {
  const cached = cache.get(uri);
  if (cached?.text === text) return cached.findings;
  const findings: Finding[] = [];
  const report = (word: Word, message: string) =>
    findings.push({ uri, range: range(word.line, word.start, word.line, word.end), severity: 'error', code: 'syntax-error', message });
  let open: Word | undefined;
  for (const word of words(text)) {
    if (BLOCKS[word.upper]) {
      if (open) report(open, `${open.upper} block has no ${BLOCKS[open.upper]} before ${word.upper} on line ${word.line + 1}: the Telnet server reads ${word.upper} as part of it.`);
      open = word;
    } else if (ENDS[word.upper]) {
      if (!open) report(word, `${word.upper} without a ${ENDS[word.upper]} block before it.`);
      else if (BLOCKS[open.upper] !== word.upper) report(word, `${word.upper} ends a ${ENDS[word.upper]} block, but the open block is ${open.upper} (expected ${BLOCKS[open.upper]}).`);
      open = undefined;
    }
  }
  if (open) report(open, `${open.upper} block has no ${BLOCKS[open.upper]}.`);
  if (cache.size > 200) cache.clear();
  cache.set(uri, { text, findings });
  return findings;
}
