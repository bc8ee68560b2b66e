/**
 * Severity icons as inline SVG (no icon font, no remote content: the web view's CSP and the
 * standalone report both allow them). Colours come from CSS (currentColor), so themes apply.
 */
import type { Severity } from '../analyzer/diagnostics/finding.js';

const PATHS: Record<Severity, string> = {
  error: '<circle cx="8" cy="8" r="7"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" class="vm-icon-mark"/>',
  warning: '<path d="M8 1.2L15.2 14.5H.8z"/><path d="M8 5.8v4.4M8 11.8v1.2" class="vm-icon-mark"/>',
  information: '<circle cx="8" cy="8" r="7"/><path d="M8 7v4.8M8 4.4v1.2" class="vm-icon-mark"/>',
  hint: '<circle cx="8" cy="8" r="4.5"/>',
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  information: ['information', 'information'],
  hint: ['hint', 'hints'],
};

export function severityIcon(severity: Severity): string {
  return `<svg class="vm-icon vm-sev-${severity}" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${PATHS[severity]}</svg>`;
}
