/**
 * Hover: keywords (meaning, syntax, IBM link), addresses (who owns, backs up, covers, distributes
 * and binds them) and Liberty host values / ${variables} (resolution chain and coverage per stack).
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { KeywordInfo } from '../analyzer/keywords/keyword-info.js';
import { displaySpelling } from '../analyzer/keywords/keyword-info.js';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { Bindability } from '../analyzer/model/sysplex-model.js';
import type { ResolvedValue } from '../analyzer/liberty/liberty-model.js';
import type { Location } from '../analyzer/base/range.js';
import { tokenAt, statementPath, statementName } from '../analyzer/queries/profile-position.js';
import { addressFacts } from '../analyzer/queries/address-facts.js';
import { addressAtPosition, endpointHostAt, variableAt, type VariableHit } from '../analyzer/queries/liberty-position.js';
import { keywordForToken } from '../analyzer/queries/keyword-lookup.js';
import { uriBasename } from '../analyzer/base/uris.js';
import { isLibertyKind, type FeatureContext } from './context.js';

export function provideHover(context: FeatureContext, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const position = params.position;
  const kind = context.kindOf(uri);
  if (kind === 'profile') {
    const document = context.profile(uri);
    const token = document ? tokenAt(document, position) : undefined;
    if (document && token?.kind === 'keyword') {
      const path = statementPath(document, position);
      const innermost = path[path.length - 1];
      const isStatementKeyword = innermost !== undefined && innermost.keyword.range.start.line === token.range.start.line && innermost.keyword.range.start.character === token.range.start.character;
      const info = keywordForToken(token, isStatementKeyword, innermost ? statementName(innermost) : undefined);
      if (info) return { contents: { kind: MarkupKind.Markdown, value: keywordMarkdown(info) }, range: token.range };
    }
  }
  const result = context.freshResult();
  if (!result) return null;
  if (isLibertyKind(kind)) {
    const text = context.textOf(uri);
    const variable = text !== undefined ? variableAt(result, uri, text, position) : undefined;
    if (variable) return { contents: { kind: MarkupKind.Markdown, value: variableMarkdown(result, variable.name, variable.definitions) }, range: variable.range };
    const hit = endpointHostAt(result, uri, position);
    if (hit) {
      const value = [`**${hit.endpoint.kind}** \`${hit.endpoint.id}\` of Liberty server **${hit.server.name}**`, '', resolvedMarkdown(hit.endpoint.host, hit.endpoint.address)];
      if (hit.endpoint.address) value.push('', coverageMarkdown(result.index.coverage(hit.endpoint.address, hit.server.sysplex), hit.server.allowedStacks));
      return { contents: { kind: MarkupKind.Markdown, value: value.join('\n') }, range: hit.endpoint.host.location.range };
    }
  }
  const address = addressAtPosition(result, uri, position);
  if (address) return { contents: { kind: MarkupKind.Markdown, value: addressMarkdown(result, address) } };
  return null;
}

/** Meaning, syntax, shortest abbreviation (hover only: completion shows the full name) and the IBM link. */
export function keywordMarkdown(info: KeywordInfo, withAbbreviation = true): string {
  const lines = [`**${displaySpelling(info)}** — ${info.meaning}`];
  if (info.syntax) lines.push('', '```', info.syntax, '```');
  if (withAbbreviation && info.minimum < info.name.length) lines.push('', `Shortest abbreviation: \`${info.name.slice(0, info.minimum)}\``);
  lines.push('', `[IBM documentation](${info.docUrl})`);
  return lines.join('\n');
}

function where(location: Location): string {
  return `${uriBasename(location.uri)}:${location.range.start.line + 1}`;
}

const VIA_TEXT: Record<string, string> = {
  home: 'home address',
  vipadefine: 'VIPADEFINE',
  vipabackup: 'VIPABACKUP (after takeover)',
  viparange: 'VIPARANGE',
  'distribute-target': 'VIPADISTRIBUTE target',
};

export function coverageMarkdown(coverage: Bindability[], allowedStacks?: string[]): string {
  if (coverage.length === 0) return '_No stack in the workspace._';
  const rows = coverage
    .filter((entry) => !allowedStacks || allowedStacks.includes(entry.stack.name))
    .map((entry) => {
      if (!entry.bindable) return `- ✗ **${entry.stack.name}**: cannot bind it`;
      const via = entry.via === 'viparange' && entry.range ? `VIPARANGE ${entry.range.network}/${entry.range.prefixLength}` : VIA_TEXT[entry.via ?? ''] ?? entry.via ?? '';
      const saf = entry.saf ? ` (SAF ${entry.saf})` : '';
      return `- ✓ **${entry.stack.name}**: ${via}${saf}${entry.location ? ` — ${where(entry.location)}` : ''}`;
    });
  return ['Bindable per stack:', ...rows].join('\n');
}

export function addressMarkdown(result: AnalysisResult, address: string): string {
  const facts = addressFacts(result, address);
  const lines = [`**${address}**`];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `${title}:`, ...items.map((item) => `- ${item}`));
  };
  section('Owned by', facts.owners.map((role) => `**${role.stack}** (${role.role === 'dynamic-xcf' ? 'DYNAMICXCF' : role.role === 'static-vipa' ? 'static VIPA' : role.role === 'vipadefine' ? 'VIPADEFINE' : 'home'}) — ${where(role.location)}`));
  section('Backed up by (highest rank first)', facts.backups.map((role) => `**${role.stack}** rank ${role.rank ?? 1} — ${where(role.location)}`));
  section(
    'Covered by VIPARANGE (most specific)',
    facts.coverage.filter((entry) => entry.via === 'viparange' && entry.range).map((entry) => `**${entry.stack.name}**: ${entry.range!.network}/${entry.range!.prefixLength}${entry.saf ? ` SAF ${entry.saf}` : ''} — ${where(entry.range!.statementLocation)}`),
  );
  section('Distributed', facts.distributes.map((role) => `**${role.stack}** ${role.role === 'distribute' ? 'VIPADISTRIBUTE' : 'DESTIP target'} — ${where(role.location)}`));
  section('PORT … BIND', facts.portBinds.map((role) => `**${role.stack}** — ${where(role.location)}`));
  section('VIPADELETE', facts.deletes.map((role) => `**${role.stack}** — ${where(role.location)}`));
  section(
    'Rejected by the stack (no DVIPA there)',
    facts.rejected.map((role) => `**${role.stack}** ${role.role === 'vipadefine' ? 'VIPADEFINE' : 'VIPABACKUP'} — rejected (${role.rejected!.label}): ${role.rejected!.text} — ${where(role.location)}`),
  );
  section('Bound by Liberty', facts.servers.map((entry) => `**${entry.server.name}** \`${entry.endpointId}\` — ${where(entry.location)}`));
  if (facts.coverage.length > 0) lines.push('', coverageMarkdown(facts.coverage));
  return lines.join('\n');
}

function resolvedMarkdown(value: ResolvedValue, address: string | undefined): string {
  const lines = [`\`host="${value.raw}"\`${value.defaulted ? ' (default)' : ''}`];
  for (const step of value.chain) {
    const definition = step.definition;
    lines.push(definition ? `- \`\${${step.name}}\` = \`${definition.value}\` from ${definition.source}${definition.location ? ` (${where(definition.location)})` : ''}` : `- \`\${${step.name}}\` is not defined`);
  }
  if (value.unresolved.length > 0) lines.push(`- unresolved: ${value.unresolved.map((name) => `\`\${${name}}\``).join(', ')}`);
  if (value.value !== undefined) lines.push('', `Resolved value: **${value.value}**${address && address !== value.value ? ` → address **${address}**` : ''}`);
  return lines.join('\n');
}

function variableMarkdown(result: AnalysisResult, name: string, definitions: VariableHit['definitions']): string {
  const lines = [`**\${${name}}**`];
  if (definitions.length === 0) lines.push('', '_This file belongs to no Liberty server in the workspace._');
  for (const { server, definition } of definitions) {
    lines.push('', `Server **${server.name}**: ${definition ? `\`${definition.value}\` from ${definition.source}${definition.location ? ` (${where(definition.location)})` : ''}` : 'not defined'}`);
    const endpoint = server.endpoints.find((candidate) => candidate.host.chain.some((step) => step.name === name) && candidate.address);
    if (endpoint?.address) lines.push('', coverageMarkdown(result.index.coverage(endpoint.address, server.sysplex), server.allowedStacks));
  }
  return lines.join('\n');
}
