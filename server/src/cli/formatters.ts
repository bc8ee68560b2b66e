/**
 * Output formats by name. A new format (e.g. SARIF) is one more file and one more entry here.
 * html needs the sysplex map, which run.ts adds to the report (CliReport.html) for that format only.
 */
import type { CliReport } from './report.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';
import { formatSarif } from './format-sarif.js';
import { formatHtml } from './format-html.js';

export interface FormatOptions {
  /** ANSI colours allowed (a TTY without NO_COLOR). */
  color: boolean;
}

export const FORMATTERS = {
  text: (report: CliReport, options: FormatOptions) => formatText(report, options),
  json: (report: CliReport) => formatJson(report),
  sarif: (report: CliReport) => formatSarif(report),
  html: (report: CliReport) => formatHtml(report),
} satisfies Record<string, (report: CliReport, options: FormatOptions) => string>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
