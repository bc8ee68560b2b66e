/**
 * `vipa-check init PATH...`: proposes a vipa-check.json from what the PATHs hold
 * (analyzer/queries/propose-config.ts) and writes it to vipa-check.json in the first folder PATH,
 * or to --output FILE, or prints it (--output -). It never writes over an existing file: the
 * proposal is a starting point the user reviews, not a replacement for their config.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NodeFileHost } from '../analyzer/base/node-file-host.js';
import type { CliIo } from './run.js';
import { toFileUri } from '../analyzer/base/node-file-host.js';
import { proposeConfig } from '../analyzer/queries/propose-config.js';
import { CONFIG_FILE_NAMES } from '../analyzer/workspace/discovery.js';
import { analyzePaths, type AnalysisHooks } from './analyze-paths.js';
import { CliFailure } from './collect-files.js';
import { displayPath } from './report.js';

export interface InitArgs {
  configPath?: string;
  output?: string;
  paths: string[];
}

export function runInit(args: InitArgs, io: CliIo, host: NodeFileHost, hooks: AnalysisHooks = {}): number {
  const analysis = analyzePaths(args.paths, args.configPath, io, host, undefined, hooks);
  const folder = analysis.collected.folders[0] ?? io.cwd;
  const target = args.output === '-' ? undefined : args.output !== undefined ? resolve(io.cwd, args.output) : join(folder, 'vipa-check.json');
  if (target !== undefined) {
    const existing = [target, ...(args.output === undefined ? CONFIG_FILE_NAMES.map((name) => join(folder, name)) : [])].find((path) => existsSync(path));
    if (existing) {
      throw new CliFailure(`'${displayPath(toFileUri(existing), io.cwd)}' exists; it is not overwritten. Use --output - to print the proposal, or --output FILE to write it elsewhere.`);
    }
  }
  const proposal = proposeConfig({
    result: analysis.result,
    folderUri: toFileUri(target !== undefined ? dirname(target) : folder),
    knownFiles: analysis.uris,
    config: analysis.configUri ? analysis.config : undefined,
  });
  if (target === undefined) io.stdout.write(proposal.text);
  else {
    try {
      writeFileSync(target, proposal.text, { flag: 'wx' });
    } catch (error) {
      throw new CliFailure(`cannot write '${displayPath(toFileUri(target), io.cwd)}': ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const where = target === undefined ? 'the proposal above' : `'${displayPath(toFileUri(target), io.cwd)}'`;
  io.stderr.write(`vipa-check init: wrote ${where}; review every guess (each is explained in a "$comment"):\n`);
  for (const note of proposal.notes) io.stderr.write(`  - ${note}\n`);
  return 0;
}
