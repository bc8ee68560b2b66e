/**
 * Bytes to text, and whether a text is text at all. Profiles come from z/OS by file transfer: a
 * binary-mode transfer leaves EBCDIC bytes, which decode as UTF-8 into mostly U+FFFD and control
 * characters. Checking such a file gives hundreds of meaningless findings, so the analyzer asks
 * `notTextReason` first and reports one `file-not-text` finding instead.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** A byte order mark was there (and is not part of `text`, as in an editor). */
  bom: boolean;
}

/** UTF-8 (BOM or not) by default; UTF-16 only with its BOM (as VS Code guesses without a setting). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops a UTF-8 BOM itself; undecodable bytes become U+FFFD.
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom };
}

/** How much of a text is looked at (the start tells; a large file is not scanned twice). */
const SAMPLE_CHARS = 64 * 1024;

/** A character no text file of ours contains: U+FFFD (undecodable byte), NUL and other C0/C1 controls. */
function isSuspect(code: number): boolean {
  if (code === 0xfffd) return true;
  if (code < 0x20) return code !== 9 && code !== 10 && code !== 13 && code !== 12;
  return code >= 0x7f && code <= 0x9f;
}

/**
 * Why a text is not a text file (EBCDIC, binary, UTF-16 without BOM), or undefined. Conservative:
 * a few stray bytes in a real profile are left to the parser (they get a syntax error where they
 * are); only a text where at least 1 in 10 characters, and 8 or more, is undecodable or a control
 * character is refused.
 */
export function notTextReason(text: string): string | undefined {
  const length = Math.min(text.length, SAMPLE_CHARS);
  if (length === 0) return undefined;
  let suspect = 0;
  let nul = 0;
  let replacement = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (!isSuspect(code)) continue;
    suspect++;
    if (code === 0) nul++;
    else if (code === 0xfffd) replacement++;
  }
  if (suspect < 8 || suspect * 10 < length) return undefined;
  const share = Math.round((suspect * 100) / length);
  if (nul * 4 >= suspect) return `${share}% of its first ${length} characters are NUL or control characters: a binary file, or UTF-16 without a byte order mark`;
  if (replacement * 2 >= suspect) return `${share}% of its first ${length} characters are not valid UTF-8: EBCDIC (a binary-mode transfer from z/OS?) or another encoding`;
  return `${share}% of its first ${length} characters are control characters: a binary file, not a text file`;
}
