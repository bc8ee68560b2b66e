/**
 * `vipa-check --obey MEMBER --stack NAME PATH...`: what VARY TCPIP,NAME,OBEYFILE,MEMBER would do
 * to the sysplex. The workspace is analysed twice, with the member taken as an OBEYFILE member
 * (syntax checks only) and with it applied to the stack (config `stacks.NAME.obey`,
 * model/obey-delta.ts), and the difference is reported: DVIPAs, VIPARANGEs and home addresses the
 * change adds and removes on the stack, and the findings it adds ("breaks") and removes ("fixes").
 * With --what-if-down the failover simulation follows, run on the sysplex after the change. With
 * --format html, the change and then the sysplex map after it (and its simulation) as one page.
 */
import { resolve } from 'node:path';
import type { NodeFileHost } from '../analyzer/base/node-file-host.js';
import type { LoadedConfig, StackConfig } from '../analyzer/config/workspace-config.js';
import type { StackModel } from '../analyzer/model/sysplex-model.js';
import type { FormatName } from './formatters.js';
import type { CliIo } from './run.js';
import { toFileUri } from '../analyzer/base/node-file-host.js';
import { stackFactsInForce } from '../analyzer/queries/stack-facts.js';
import { uriKey } from '../analyzer/base/uris.js';
import { analyzePaths, type AnalysisHooks } from './analyze-paths.js';
import { CliFailure } from './collect-files.js';
import { buildReport, displayPath, type ObeyFact, type ReportDiagnostic } from './report.js';
import { formatHtml, htmlReportInput } from './format-html.js';
import { runWhatIf } from './what-if.js';

export interface ObeyArgs {
  format: FormatName;
  configPath?: string;
  paths: string[];
  obey: { member: string; stack: string };
  /** Stacks to take down in the simulation, after the member is applied. */
  whatIfDown?: string[];
}

export function runObey(args: ObeyArgs, io: CliIo, host: NodeFileHost, hooks: AnalysisHooks = {}): number {
  const memberUri = toFileUri(resolve(io.cwd, args.obey.member));
  if (host.readText(memberUri) === undefined) throw new CliFailure(`cannot read OBEYFILE member '${args.obey.member}'`);
  const withMember = (uris: string[]) => (uris.some((uri) => uriKey(uri) === uriKey(memberUri)) ? uris : [...uris, memberUri]);
  const asMember = (config: LoadedConfig): LoadedConfig => ({ ...config, config: { ...config.config, files: { ...(config.config.files ?? {}), [memberUri]: 'obey' } } });

  const before = analyzePaths(args.paths, args.configPath, io, host, (config, uris) => ({ config: asMember(config), uris: withMember(uris) }), hooks);
  const stack = before.result.model.stacks.find((candidate) => candidate.name.toUpperCase() === args.obey.stack.toUpperCase());
  if (!stack) {
    const names = before.result.model.stacks.map((candidate) => candidate.name).join(', ') || 'none';
    throw new CliFailure(`no stack named '${args.obey.stack}' (stacks: ${names})`);
  }
  const quiet: CliIo = { ...io, stderr: { write: () => true } };
  const after = analyzePaths(args.paths, args.configPath, quiet, host, (config, uris) => ({ config: applyTo(config, stack, memberUri), uris: withMember(uris) }), hooks);
  const stackAfter = after.result.model.stacks.find((candidate) => candidate.name === stack.name);
  if (!stackAfter) throw new CliFailure(`stack '${stack.name}' is gone after applying the member`);

  const facts = (model: StackModel) => {
    const list = new Map<string, ObeyFact>();
    for (const [key, fact] of stackFactsInForce(model)) list.set(key, { what: fact.what, where: at(fact.location, io.cwd) });
    return list;
  };
  const old = facts(stack);
  const now = facts(stackAfter);
  const adds = [...now].filter(([key]) => !old.has(key)).map(([, change]) => change);
  const removes = [...old].filter(([key]) => !now.has(key)).map(([, change]) => change);

  const key = (d: ReportDiagnostic) => `${d.file}|${d.line}|${d.column}|${d.code}|${d.severity}`;
  const reportBefore = buildReport(before.result, io.cwd, before.configFindings);
  const reportAfter = buildReport(after.result, io.cwd, after.configFindings);
  const oldKeys = new Set(reportBefore.diagnostics.map(key));
  const newKeys = new Set(reportAfter.diagnostics.map(key));
  const breaks = reportAfter.diagnostics.filter((d) => !oldKeys.has(key(d)));
  const fixes = reportBefore.diagnostics.filter((d) => !newKeys.has(key(d)));
  const member = displayPath(memberUri, io.cwd);
  // Before any output: an unknown stack name fails the run (exit 2) with nothing half-written.
  const whatIf = args.whatIfDown ? runWhatIf(after.result, args.whatIfDown, io.cwd) : undefined;

  if (args.format === 'html') {
    // The sysplex after the change, with the workspace's own classification of its files: the
    // member is applied by this option, not by a vipa-check.json.
    const applied = `OBEYFILE member applied to ${stack.name}`;
    const how = `vipa-check --obey ${member} --stack ${stack.name}`;
    const fileRoles = (before.result.files?.list() ?? []).map((entry) => (uriKey(entry.uri) === uriKey(memberUri) ? { ...entry, role: 'obey' as const, label: applied, reason: how } : entry));
    reportAfter.html = htmlReportInput(after.result, args.whatIfDown, io.cwd, fileRoles);
    reportAfter.obey = { member, stack: stack.name, profile: displayPath(stack.rootUri, io.cwd), adds, removes, breaks, fixes };
    io.stdout.write(formatHtml(reportAfter));
  } else if (args.format === 'json') {
    const diagnostic = ({ file, line, column, endLine, endColumn, severity, code, message }: ReportDiagnostic) => ({ file, line, column, endLine, endColumn, severity, code, message });
    io.stdout.write(
      JSON.stringify(
        {
          version: 1,
          obey: { member, stack: stack.name, profile: displayPath(stack.rootUri, io.cwd), adds, removes, breaks: breaks.map(diagnostic), fixes: fixes.map(diagnostic) },
          ...(whatIf ? { whatIf: whatIf.json } : {}),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const lines = [`OBEYFILE ${member} applied to stack ${stack.name} (${displayPath(stack.rootUri, io.cwd)}):`];
    const section = (title: string, items: string[]) => {
      lines.push(`  ${title}:${items.length === 0 ? ' nothing' : ''}`);
      for (const item of items) lines.push(`    ${item}`);
    };
    section('adds', adds.map((change) => `${change.what}  (${change.where})`));
    section('removes', removes.map((change) => `${change.what}  (${change.where})`));
    section('breaks (findings the change adds)', breaks.map(describe));
    section('fixes (findings the change removes)', fixes.map(describe));
    const errors = breaks.filter((d) => d.severity === 'error').length;
    lines.push('', `${adds.length} added, ${removes.length} removed; ${breaks.length} new finding${breaks.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}), ${fixes.length} gone`);
    if (whatIf) lines.push('', `With ${member} applied to ${stack.name}:`, '', whatIf.text.trimEnd());
    io.stdout.write(lines.join('\n') + '\n');
  }
  return breaks.some((d) => d.severity === 'error') ? 1 : 0;
}

/** The config with the member appended to the stack's `obey` (the stack added when it is derived). */
function applyTo(config: LoadedConfig, stack: StackModel, memberUri: string): LoadedConfig {
  const stacks = { ...(config.config.stacks ?? {}) };
  const existing: StackConfig | undefined = stacks[stack.name];
  stacks[stack.name] = existing ? { ...existing, obey: [...(existing.obey ?? []), memberUri] } : { profile: stack.rootUri, obey: [memberUri] };
  return { ...config, config: { ...config.config, stacks } };
}

function at(location: { uri: string; range: { start: { line: number } } }, cwd: string): string {
  return `${displayPath(location.uri, cwd)}:${location.range.start.line + 1}`;
}

function describe(d: ReportDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}
