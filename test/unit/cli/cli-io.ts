/** Runs vipa-check in-process and captures its output. */
import { runCli } from '../../../server/src/cli/run.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function capture(argv: string[], cwd: string, options: { isTTY?: boolean; env?: Record<string, string | undefined> } = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
