/**
 * ISPF sequence numbers (columns 73–80 of FB-80 records, NUMBER ON STD). IBM, "Statement syntax for
 * configuration statements" (IP Configuration Reference, [SYN] in shared/domain/profile-syntax.md):
 * "Sequence numbers are not allowed." IBM documents no rule that TCP/IP ignores columns 73–80
 * (UNCONFIRMED either way), so a numbered profile is reported — once per file, warning, not error —
 * and the numbers are blanked out before parsing so that they do not become one bogus operand per
 * line. Positions are kept: only the digits are replaced by blanks.
 */
import type { Finding } from '../diagnostics/finding.js';

export interface NumberedProfile {
  /** The text with the sequence numbers blanked. */
  text: string;
  finding: Finding;
}

const SEQUENCE_START = 72;
const SEQUENCE_END = 80;

/** Columns 73–80 are eight digits and nothing but blanks follows. */
function hasSequenceNumber(line: string): boolean {
  if (line.length < SEQUENCE_END) return false;
  for (let i = SEQUENCE_START; i < SEQUENCE_END; i++) {
    const code = line.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return line.length === SEQUENCE_END || line.slice(SEQUENCE_END).trim() === '';
}

/**
 * The blanked text and the one finding, when at least half of the non-blank lines carry a
 * sequence number; undefined otherwise (a stray long line is left to the parser).
 */
export function blankSequenceNumbers(uri: string, text: string): NumberedProfile | undefined {
  // Cheap rejection first: no line of 80 characters, no sequence numbers.
  if (text.length < SEQUENCE_END) return undefined;
  const parts = text.split(/(\r\n|\r|\n)/);
  let nonBlank = 0;
  const numbered: number[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const line = parts[index];
    if (line.trim() === '') continue;
    nonBlank++;
    if (hasSequenceNumber(line)) numbered.push(index);
  }
  if (numbered.length === 0 || numbered.length * 2 < nonBlank) return undefined;
  for (const index of numbered) {
    const line = parts[index];
    parts[index] = line.slice(0, SEQUENCE_START) + ' '.repeat(SEQUENCE_END - SEQUENCE_START) + line.slice(SEQUENCE_END);
  }
  const firstLine = numbered[0] / 2;
  return {
    text: parts.join(''),
    finding: {
      uri,
      range: { start: { line: firstLine, character: SEQUENCE_START }, end: { line: firstLine, character: SEQUENCE_END } },
      severity: 'warning',
      code: 'sequence-numbers',
      message:
        `ISPF sequence numbers in columns 73–80 on ${numbered.length} of ${nonBlank} lines (the first is here). TCP/IP does not allow sequence numbers in a profile and reads them as operands: ` +
        'turn numbering off in the ISPF editor (NUMBER OFF, then UNNUM) before the stack reads this member. They were ignored for the other checks.',
      data: { lines: numbered.length },
    },
  };
}
