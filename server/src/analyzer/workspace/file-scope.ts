/**
 * Findings of the files that are other z/OS configurations (only the TN3270 profile's blocks are
 * checked: other-configs/tn3270-blocks.ts). Remembered per file text, so an analysis after an edit
 * elsewhere reads but does not re-check them; a failure of the checker becomes an internal-error
 * finding on that file and the analysis goes on.
 */
import type { FileKind } from '../base/file-kind.js';
import type { FileHost } from '../base/file-host.js';
import type { Finding } from '../diagnostics/finding.js';
import type { FailureReporter } from './check-runner.js';
import { checkTn3270Blocks } from '../other-configs/tn3270-blocks.js';

export class OtherConfigFindings {
  private readonly byUri = new Map<string, { text: string; findings: Finding[] }>();

  constructor(private readonly host: FileHost) {}

  findings(kinds: ReadonlyMap<string, FileKind | undefined>, report: FailureReporter): Finding[] {
    const found: Finding[] = [];
    const live = new Set<string>();
    for (const [uri, kind] of kinds) {
      if (kind !== 'tn3270') continue;
      live.add(uri);
      const text = this.host.readText(uri);
      if (text === undefined) continue;
      let cached = this.byUri.get(uri);
      if (cached?.text !== text) {
        try {
          cached = { text, findings: checkTn3270Blocks(uri, text) };
          this.byUri.set(uri, cached);
        } catch (error) {
          report(error, 'TN3270 profile check', uri);
          this.byUri.delete(uri);
          continue;
        }
      }
      for (const finding of cached.findings) found.push(finding);
    }
    for (const uri of [...this.byUri.keys()]) if (!live.has(uri)) this.byUri.delete(uri);
    return found;
  }
}
