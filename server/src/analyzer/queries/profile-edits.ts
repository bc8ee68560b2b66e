/**
 * Text edits that quick fixes propose to profiles: add a statement to a stack's VIPADYNAMIC block
 * (creating the block when the stack has none), insert a VIPADELETE, remove a repeated address.
 * Pure: the caller supplies document texts; the result is a plain edit the LSP layer passes on.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { StackModel } from '../model/sysplex-model.js';
import type { ProfileDocument, Statement, VipaDynamicBlock } from '../profile/ast.js';
import type { Range } from '../base/range.js';
import { LineIndex } from '../base/range.js';
import { processesToEnd } from '../model/vipa-facts.js';

export interface TextEditAt {
  uri: string;
  range: Range;
  newText: string;
}

type TextOf = (uri: string) => string | undefined;

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineText(text: string, index: LineIndex, line: number): string {
  const start = index.offsetAt({ line, character: 0 });
  const end = line + 1 < index.lineCount ? index.offsetAt({ line: line + 1, character: 0 }) : text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

function indentationOf(text: string, index: LineIndex, line: number): string {
  return /^[ \t]*/.exec(lineText(text, index, line))?.[0] ?? '';
}

/** True when only blanks precede `character` on the line, so a whole line can go in before it. */
function startsItsLine(text: string, index: LineIndex, line: number, character: number): boolean {
  return lineText(text, index, line).slice(0, character).trim() === '';
}

function vipaBlocks(document: ProfileDocument): VipaDynamicBlock[] {
  return document.statements.filter((statement): statement is VipaDynamicBlock => statement.kind === 'VIPADYNAMIC');
}

/**
 * The VIPADYNAMIC block a new statement for `stack` should go into: the last block of the stack's
 * root profile, else the last one in an INCLUDE member that no other stack includes (a shared
 * member would change the other stacks too).
 */
export function targetVipaBlock(result: AnalysisResult, stack: StackModel): { uri: string; block: VipaDynamicBlock } | undefined {
  const candidates = [stack.rootUri, ...stack.fileUris.filter((uri) => uri !== stack.rootUri).reverse()];
  for (const uri of candidates) {
    if (uri !== stack.rootUri) {
      const includers = result.model.includedBy.get(uri) ?? [];
      if (includers.some((name) => name !== stack.name)) continue;
    }
    const document = result.profiles.get(uri);
    // The last block the stack processes to its end: a statement added after an error would be ignored.
    const blocks = document ? vipaBlocks(document).filter(processesToEnd) : [];
    if (blocks.length > 0) return { uri, block: blocks[blocks.length - 1] };
  }
  return undefined;
}

/** Inserts `statementText` (one statement, no indentation) into the stack's VIPADYNAMIC block. */
export function addToVipaDynamic(result: AnalysisResult, stack: StackModel, statementText: string, textOf: TextOf): TextEditAt | undefined {
  const target = targetVipaBlock(result, stack);
  if (!target) return createVipaDynamic(stack, statementText, textOf);
  const text = textOf(target.uri);
  if (text === undefined) return undefined;
  const index = new LineIndex(text);
  const eol = eolOf(text);
  const { block } = target;
  const blockIndent = indentationOf(text, index, block.range.start.line);
  const first = block.statements[0] as Statement | undefined;
  // Copy the indentation of the block's statements when the first one starts its own line.
  const firstOwnsLine = first !== undefined && startsItsLine(text, index, first.range.start.line, first.range.start.character);
  const innerIndent = firstOwnsLine ? indentationOf(text, index, first.range.start.line) : `${blockIndent}  `;
  if (block.end) {
    const at = block.end.range.start;
    if (startsItsLine(text, index, at.line, at.character)) {
      return { uri: target.uri, range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: `${innerIndent}${statementText}${eol}` };
    }
    return { uri: target.uri, range: { start: at, end: at }, newText: `${eol}${innerIndent}${statementText}${eol}${blockIndent}` };
  }
  // No ENDVIPADYNAMIC (already reported): append after the block's last statement.
  const after = block.range.end;
  return { uri: target.uri, range: { start: after, end: after }, newText: `${eol}${innerIndent}${statementText}` };
}

function createVipaDynamic(stack: StackModel, statementText: string, textOf: TextOf): TextEditAt | undefined {
  const text = textOf(stack.rootUri);
  if (text === undefined) return undefined;
  const index = new LineIndex(text);
  const eol = eolOf(text);
  const end = index.positionAt(text.length);
  const lead = text.length === 0 || /[\r\n]$/.test(text) ? '' : eol;
  return {
    uri: stack.rootUri,
    range: { start: end, end },
    newText: `${lead}VIPADYNAMIC${eol}  ${statementText}${eol}ENDVIPADYNAMIC${eol}`,
  };
}

/** Inserts a whole line before the line where `statement` starts, with that line's indentation. */
export function insertLineBefore(uri: string, statementRange: Range, lineContent: string, textOf: TextOf): TextEditAt | undefined {
  const text = textOf(uri);
  if (text === undefined) return undefined;
  const index = new LineIndex(text);
  const eol = eolOf(text);
  const { line, character } = statementRange.start;
  if (startsItsLine(text, index, line, character)) {
    const indent = indentationOf(text, index, line);
    return { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${lineContent}${eol}` };
  }
  return { uri, range: { start: statementRange.start, end: statementRange.start }, newText: `${eol}${lineContent}${eol}` };
}

/**
 * Removes a statement. When it owns its lines completely (nothing else before it on the first line,
 * nothing but a comment after it on the last) the lines go; otherwise just its text.
 */
export function removeStatement(uri: string, statementRange: Range, textOf: TextOf): TextEditAt | undefined {
  const text = textOf(uri);
  if (text === undefined) return undefined;
  const index = new LineIndex(text);
  const { start, end } = statementRange;
  const rest = lineText(text, index, end.line).slice(end.character).trim();
  if (startsItsLine(text, index, start.line, start.character) && (rest === '' || rest.startsWith(';'))) {
    const next = end.line + 1 < index.lineCount ? { line: end.line + 1, character: 0 } : index.positionAt(text.length);
    return { uri, range: { start: { line: start.line, character: 0 }, end: next }, newText: '' };
  }
  return { uri, range: statementRange, newText: '' };
}

/** Removes one operand and the blanks before it (so "A B C" minus B reads "A C"). */
export function removeOperand(uri: string, operandRange: Range, textOf: TextOf): TextEditAt | undefined {
  const text = textOf(uri);
  if (text === undefined) return undefined;
  const index = new LineIndex(text);
  let startOffset = index.offsetAt(operandRange.start);
  const lineStart = index.offsetAt({ line: operandRange.start.line, character: 0 });
  while (startOffset > lineStart && (text[startOffset - 1] === ' ' || text[startOffset - 1] === '\t')) startOffset--;
  return { uri, range: { start: index.positionAt(startOffset), end: operandRange.end }, newText: '' };
}

/** 255.255.255.0 from 24. */
export function ipv4Mask(prefixLength: number): string {
  const bits = Math.max(0, Math.min(32, prefixLength));
  const value = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join('.');
}

/**
 * An IPv6 DVIPA needs an interface name (at most 16 characters). For a quick fix we derive a stable
 * one from the address so that the same address always gets the same name; users may rename it.
 */
export function ipv6InterfaceName(address: string, prefix = 'DVR'): string {
  let hash = 2166136261;
  for (const c of address.toLowerCase()) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0;
  return `${prefix}${hash.toString(16).toUpperCase().padStart(8, '0')}`.slice(0, 16);
}
