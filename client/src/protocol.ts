/**
 * The custom requests the client sends to the VIPA language server. The names and shapes are the
 * contract agreed with the server (server/src/lsp): keep both sides in step.
 */

export const RESCAN_REQUEST = 'vipa/rescan';
export const SUMMARY_REQUEST = 'vipa/summary';
export const PROPOSE_CONFIG_REQUEST = 'vipa/proposeConfig';

/** Result of vipa/proposeConfig: a proposed vipa-check.json and what already exists. */
export interface ConfigProposal {
  text: string;
  /** One line per guess. */
  notes: string[];
  /** Folder URI the proposal's paths are relative to (where vipa-check.json belongs). */
  folder?: string;
  /** URIs of config files that already exist. */
  existing: string[];
}

/** What a file was taken as, and why. */
export interface FileSummary {
  /** URI. */
  file: string;
  role: string;
  label: string;
  reason: string;
}

/** Result of vipa/rescan: how many of each the fresh scan found. */
export interface RescanResult {
  stacks: number;
  servers: number;
  files: number;
}

/** A value the client shows as text; objects are described field by field. */
export type SummaryValue = string | number | boolean | null | undefined | SummaryValue[] | { [key: string]: SummaryValue };

export interface StackSummary {
  name: string;
  sysplex?: string;
  /** URI of the stack's main profile. */
  file: string;
  /**
   * DVIPAs the stack defines or backs up: a string ("10.1.1.10") or an object with the address and
   * its role. The client only displays them, so it accepts either shape.
   */
  dvipas: SummaryValue[];
  /** VIPARANGE subnets: "10.1.9.0/24" or an object with the subnet. */
  ranges: SummaryValue[];
  /**
   * VIPADEFINE/VIPABACKUP addresses the stack rejects or ignores (EZZ8307I, a repeat): listed in no
   * other field. `label` is IBM's message id or the reason in words; `line` is 1-based.
   */
  rejected?: { address: string; role: string; label: string; reason: string; file: string; line: number }[];
}

export interface EndpointSummary {
  id: string;
  host: string;
  address?: string;
  /** Per stack, how it can bind the address: { SYSA: "range", SYSB: "not covered" }, a list, or a sentence. */
  coverage: SummaryValue;
}

export interface ServerSummary {
  name: string;
  file: string;
  endpoints: EndpointSummary[];
}

export interface ProblemCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export interface SysplexSummary {
  stacks: StackSummary[];
  servers: ServerSummary[];
  problems: ProblemCounts;
  /** Optional: servers before this field existed do not send it. */
  files?: FileSummary[];
}

/** vipa/whatIf: the failover simulation for the stacks in `down` (server/src/lsp/what-if.ts). */
export const WHAT_IF_REQUEST = 'vipa/whatIf';

export interface WhatIfParams {
  down: string[];
}

export interface WhatIfAnswer {
  /** The stacks taken down, as the workspace names them. */
  down: string[];
  /** Requested names that match no stack. */
  unknown: string[];
  /** Every stack of the workspace. */
  stacks: string[];
  /** The readable report (what `vipa-check --what-if-down` prints). */
  text: string;
}

/** vipa/libertyFiles: every file of every Liberty server, includes wherever they live (server/src/lsp/liberty-files.ts). */
export const LIBERTY_FILES_REQUEST = 'vipa/libertyFiles';

export interface LibertyFilesAnswer {
  /** Client URIs. */
  files: string[];
}
