/**
 * Values the text does not show, for inlay hints: the value behind each ${variable} of a Liberty
 * file and behind each &SYMBOL. of a profile (per server / per stack, as the analysis resolved it),
 * and the takeover order of each VIPABACKUP address ("2nd of 3 backups").
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { ProfileDocument, Statement, VipaBackupStatement } from '../profile/ast.js';
import type { StackModel } from '../model/sysplex-model.js';
import { LineIndex, type Position } from '../base/range.js';
import { uriBasename, uriKey } from '../base/uris.js';
import { activeDvipa } from '../model/coverage.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';
import { serversUsingFile } from './liberty-position.js';
import { scopeOfServer } from './server-scope.js';

export interface ValueHint {
  /** Where the hint goes: right after the reference or operand. */
  position: Position;
  label: string;
  tooltip: string;
  kind: 'value' | 'rank';
}

const MAX_LABEL = 48;

function shorten(value: string): string {
  return value.length > MAX_LABEL ? `${value.slice(0, MAX_LABEL - 1)}…` : value;
}

/** One value for all: "= v"; different values: "= v1 (A) | v2 (B)". */
function valuesLabel(values: { owner: string; value: string }[]): string {
  const distinct = [...new Set(values.map((entry) => entry.value))];
  if (distinct.length === 1) return `= ${shorten(distinct[0])}`;
  return `= ${values.map((entry) => `${shorten(entry.value)} (${entry.owner})`).join(' | ')}`;
}

/** Offsets of XML comments and #/! comment lines, where references are only text. */
function commentSpans(text: string, properties: boolean): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = properties ? /^[ \t]*[#!].*$/gm : /<!--[\s\S]*?(-->|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push([match.index, match.index + match[0].length]);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}

export function libertyValueHints(result: AnalysisResult, uri: string, text: string): ValueHint[] {
  const servers = serversUsingFile(result, uri);
  if (servers.length === 0) return [];
  const lines = new LineIndex(text);
  const name = uriBasename(uri).toLowerCase();
  const comments = commentSpans(text, !name.endsWith('.xml'));
  const hints: ValueHint[] = [];
  const reference = /\$\{([^${}\s]+)\}/g;
  for (let match = reference.exec(text); match; match = reference.exec(text)) {
    const start = match.index;
    if (comments.some(([from, to]) => start >= from && start < to)) continue;
    const values: { owner: string; value: string }[] = [];
    const sources: string[] = [];
    for (const server of servers) {
      const resolved = scopeOfServer(server).resolve(match[0], { uri, range: lines.rangeOf(start, start + match[0].length) });
      if (resolved.value === undefined) continue;
      values.push({ owner: server.name, value: resolved.value });
      const definition = resolved.chain[0]?.definition;
      const from = definition ? ` from ${definition.source}${definition.location ? ` (${uriBasename(definition.location.uri)}:${definition.location.range.start.line + 1})` : ''}` : '';
      sources.push(`${servers.length > 1 ? `server ${server.name}: ` : ''}\${${match[1]}} = ${resolved.value}${from}`);
    }
    if (values.length === 0) continue;
    hints.push({ position: lines.positionAt(start + match[0].length), label: valuesLabel(values), tooltip: sources.join('\n'), kind: 'value' });
  }
  return hints;
}

function stacksProcessing(result: AnalysisResult, uri: string): StackModel[] {
  const key = uriKey(uri);
  return result.model.stacks.filter((stack) => stack.fileUris.some((file) => uriKey(file) === key));
}

const SYMBOL_REFERENCE = /&([A-Za-z@#$_][A-Za-z0-9@#$_]*)\.?/g;

export function profileHints(result: AnalysisResult, uri: string, document: ProfileDocument): ValueHint[] {
  const stacks = stacksProcessing(result, uri);
  if (stacks.length === 0) return [];
  return [...symbolHints(stacks, document), ...backupRankHints(result, stacks, uri, document.statements)];
}

function symbolHints(stacks: StackModel[], document: ProfileDocument): ValueHint[] {
  const hints: ValueHint[] = [];
  for (const token of document.tokens) {
    if (token.kind !== 'symbol' || token.range.start.line !== token.range.end.line) continue;
    for (const match of token.text.matchAll(SYMBOL_REFERENCE)) {
      const symbol = match[1].toUpperCase();
      const values = stacks.filter((stack) => Object.prototype.hasOwnProperty.call(stack.symbols, symbol)).map((stack) => ({ owner: stack.name, value: stack.symbols[symbol] }));
      if (values.length === 0) continue;
      const end = token.range.start.character + (match.index ?? 0) + match[0].length;
      const tooltip = values.map((entry) => `&${symbol}. = ${entry.value} on ${entry.owner}`).join('\n');
      hints.push({ position: { line: token.range.start.line, character: end }, label: valuesLabel(values), tooltip, kind: 'value' });
    }
  }
  return hints;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function backupStatements(statements: readonly Statement[]): VipaBackupStatement[] {
  const found: VipaBackupStatement[] = [];
  for (const statement of statements) {
    if (statement.kind === 'VIPABACKUP') found.push(statement);
    else if (statement.kind === 'VIPADYNAMIC' || statement.kind === 'BLOCK') found.push(...backupStatements(statement.statements));
  }
  return found;
}

function backupRankHints(result: AnalysisResult, stacks: StackModel[], uri: string, statements: readonly Statement[]): ValueHint[] {
  const hints: ValueHint[] = [];
  const key = uriKey(uri);
  for (const statement of backupStatements(statements)) {
    for (const value of statement.addresses) {
      const parts: string[] = [];
      const tooltips: string[] = [];
      for (const stack of stacks) {
        // This stack's fact for this very operand (symbols already resolved for the stack).
        // A rejected backup (EZZ8307I, a repeat) is no backup: no takeover order for it.
        const fact = acceptedDvipas(stack).find((candidate) => candidate.statement === 'VIPABACKUP' && uriKey(candidate.location.uri) === key && candidate.location.range.start.line === value.range.start.line && candidate.location.range.start.character === value.range.start.character);
        if (!fact) continue;
        const sysplex = result.model.sysplexes.get(stack.sysplex) ?? [stack];
        const backups = sysplex
          .map((member) => ({ stack: member.name, fact: member === stack ? fact : activeDvipa(member, fact.address) }))
          .filter((entry): entry is { stack: string; fact: NonNullable<typeof entry.fact> } => entry.fact?.statement === 'VIPABACKUP')
          .map((entry) => ({ stack: entry.stack, rank: entry.fact.rank ?? 1 }))
          .sort((a, b) => b.rank - a.rank || a.stack.localeCompare(b.stack));
        const rank = fact.rank ?? 1;
        const place = backups.filter((entry) => entry.rank > rank).length + 1;
        const tied = backups.filter((entry) => entry.rank === rank && entry.stack !== stack.name).map((entry) => entry.stack);
        const owners = sysplex.filter((member) => activeDvipa(member, fact.address)?.statement === 'VIPADEFINE').map((member) => member.name);
        const label = `${ordinal(place)} of ${backups.length} backup${backups.length === 1 ? '' : 's'}${tied.length > 0 ? `, rank tied with ${tied.join(', ')}` : ''}`;
        parts.push(stacks.length > 1 ? `${stack.name}: ${label}` : label);
        tooltips.push(
          [
            `Takeover order of ${fact.address} in sysplex ${stack.sysplex} (highest rank first):`,
            ...backups.map((entry, i) => `${i + 1}. ${entry.stack} rank ${entry.rank}${entry.stack === stack.name ? ' (this statement)' : ''}`),
            owners.length > 0 ? `Owner: ${owners.join(', ')} (VIPADEFINE)` : 'No stack of the workspace VIPADEFINEs it.',
          ].join('\n'),
        );
      }
      if (parts.length > 0) hints.push({ position: value.range.end, label: parts.join(' · '), tooltip: tooltips.join('\n\n'), kind: 'rank' });
    }
  }
  return hints;
}
