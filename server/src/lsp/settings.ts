/**
 * The "vipaCheck" settings section, as the client sends it through workspace/configuration (or,
 * for clients without that request, in initializationOptions / didChangeConfiguration). Everything
 * the user writes is validated here so the rest of the server only sees well-typed values.
 */
import type { Severity } from '../analyzer/diagnostics/finding.js';

export const SETTINGS_SECTION = 'vipaCheck';

export type SeveritySetting = Severity | 'off';

export interface VipaSettings {
  /** Diagnostic code -> severity or "off". */
  severity: Record<string, SeveritySetting>;
  /** Workspace config file, relative to the first workspace folder (or absolute / a URI). */
  configFile?: string;
  /** Host name -> address, merged over the config file's hosts. */
  hosts: Record<string, string>;
  maxFileSizeKb: number;
  /** vipaCheck.allowReadsOutsideWorkspace: follow Liberty includes outside the workspace folders. */
  allowReadsOutsideWorkspace: boolean;
  debounceMs: number;
  /** Inlay hints: resolved ${variable} / &SYMBOL. values and VIPABACKUP takeover order. */
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: VipaSettings = {
  severity: {},
  hosts: {},
  // Real profiles are a few thousand lines (~200 KB); anything much larger is a dump or a data set
  // download that the parser should not spend a keystroke's budget on.
  maxFileSizeKb: 1024,
  allowReadsOutsideWorkspace: false,
  debounceMs: 200,
  inlayHints: true,
};

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function severityMap(value: unknown): Record<string, SeveritySetting> {
  const result: Record<string, SeveritySetting> = {};
  if (!isRecord(value)) return result;
  for (const [code, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') continue;
    const normalized = entry.trim().toLowerCase();
    const severity = normalized === 'info' ? 'information' : normalized;
    if ((SEVERITIES as readonly string[]).includes(severity)) result[code] = severity as SeveritySetting;
  }
  return result;
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Turns whatever the client sent (possibly null, partial or wrong) into settings. */
export function parseSettings(raw: unknown): VipaSettings {
  // Some clients send the whole settings tree, others the section itself.
  const section = isRecord(raw) && isRecord(raw[SETTINGS_SECTION]) ? raw[SETTINGS_SECTION] : raw;
  if (!isRecord(section)) return { ...DEFAULT_SETTINGS, severity: {}, hosts: {} };
  const hosts: Record<string, string> = {};
  if (isRecord(section.hosts)) {
    for (const [name, address] of Object.entries(section.hosts)) {
      if (typeof address === 'string' && address.trim() !== '') hosts[name] = address.trim();
    }
  }
  return {
    severity: severityMap(section.severity),
    configFile: typeof section.configFile === 'string' && section.configFile.trim() !== '' ? section.configFile.trim() : undefined,
    hosts,
    maxFileSizeKb: positiveNumber(section.maxFileSizeKb, DEFAULT_SETTINGS.maxFileSizeKb),
    allowReadsOutsideWorkspace: section.allowReadsOutsideWorkspace === true,
    debounceMs: positiveNumber(section.debounceMs, DEFAULT_SETTINGS.debounceMs),
    inlayHints: inlayHintsEnabled(section.inlayHints ?? section['inlayHints.enabled']),
  };
}

/** `vipaCheck.inlayHints.enabled` arrives as { enabled } (or flattened as "inlayHints.enabled"). */
function inlayHintsEnabled(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (isRecord(value) && typeof value.enabled === 'boolean') return value.enabled;
  return DEFAULT_SETTINGS.inlayHints;
}

/** files.exclude as VS Code stores it: glob -> true/false (or { when: ... }, treated as true). */
export function globsFromExcludeMap(map: unknown): string[] {
  if (!isRecord(map)) return [];
  return Object.entries(map)
    .filter(([, enabled]) => enabled === true || isRecord(enabled))
    .map(([glob]) => glob);
}

/** files.exclude from initializationOptions: { "files.exclude": {...} } or { files: { exclude: {...} } }. */
export function filesExcludeFromOptions(options: unknown): string[] {
  if (!isRecord(options)) return [];
  if (isRecord(options['files.exclude'])) return globsFromExcludeMap(options['files.exclude']);
  if (isRecord(options.filesExclude)) return globsFromExcludeMap(options.filesExclude);
  if (isRecord(options.files) && isRecord(options.files.exclude)) return globsFromExcludeMap(options.files.exclude);
  return [];
}
