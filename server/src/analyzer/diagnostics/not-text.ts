/** The one finding for a file that is not text (see base/text-decoding.ts): nothing else is reported on it. */
import type { Finding } from './finding.js';

export function notTextFinding(uri: string, reason: string): Finding {
  return {
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'warning',
    code: 'file-not-text',
    message: `This file is not text, so it was not checked: ${reason}. Transfer members from z/OS in text mode (ASCII conversion), or save the file as UTF-8.`,
  };
}
