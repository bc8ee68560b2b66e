/** The CLI's one way to analyse its PATH arguments: collect, find the config, analyse (through the AnalyzerService). */
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { LoadedConfig } from '../analyzer/config/workspace-config.js';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { Check } from '../analyzer/checks/check.js';
import type { CliIo } from './run.js';
import { toFileUri, type NodeFileHost } from '../analyzer/base/node-file-host.js';
import { AnalyzerService } from '../analyzer/workspace/analyzer-service.js';
import { collectFiles, findConfigFile, type CollectedFiles } from './collect-files.js';

/** What every analysis of one vipa-check run shares: the checks (a fault hook may replace one) and where internal errors go. */
export interface AnalysisHooks {
  checks?: readonly Check[];
  onInternalError?: (error: unknown, source: string) => void;
}

export interface PathsAnalysis {
  result: AnalysisResult;
  configFindings: Finding[];
  config: LoadedConfig;
  configUri?: string;
  collected: CollectedFiles;
  uris: string[];
}

/**
 * Collects the PATHs, finds and loads the config, analyses. `adjust` may change the loaded config
 * and the file list first (--obey applies a member through the config).
 */
export function analyzePaths(
  paths: readonly string[],
  configPath: string | undefined,
  io: CliIo,
  host: NodeFileHost,
  adjust?: (config: LoadedConfig, uris: string[]) => { config: LoadedConfig; uris: string[] },
  hooks: AnalysisHooks = {},
): PathsAnalysis {
  const collected = collectFiles(paths, io.cwd, host);
  for (const message of collected.skipped) io.stderr.write(`vipa-check: warning: ${message}\n`);
  const configUri = findConfigFile(configPath, collected, io.cwd, host);
  const service = new AnalyzerService(host, hooks);
  let config: LoadedConfig | undefined;
  let configFindings: Finding[] = [];
  if (configUri) {
    const load = service.loadConfigFile(configUri);
    config = load.loaded;
    configFindings = load.findings;
  }
  // Without a config file, paths in messages (how to choose a copy) are relative to where
  // vipa-check.json would be looked for first.
  config ??= { config: {}, baseUri: collected.folders[0] !== undefined ? toFileUri(collected.folders[0]) : undefined };
  let uris = collected.uris;
  if (adjust) ({ config, uris } = adjust(config, uris));
  service.setConfig(config);
  service.setFiles(configUri ? [...uris, configUri] : uris);
  const result = service.analyzeNow();
  return { result, configFindings, config, configUri, collected, uris };
}
