/**
 * Completion. Profiles: statement keywords at a statement start (inside a block only that block's
 * statements and its END), parameter keywords of the current statement in IBM's order, and known
 * addresses where the statement takes one. Liberty files: ${variables} of the server and known
 * addresses inside a host attribute. Keywords come from the keyword table only.
 *
 * Completion offers only where it helps: nothing in comments, nothing while a number is typed where
 * no address goes, and nothing once the word typed is complete (a full keyword or a known address),
 * so that the list closes and Enter starts a new line. Profile lists are incomplete: the client asks
 * again as the word grows, which is what lets the list close on the complete word. Kinds tell
 * statements (keyword), parameters (property) and addresses (value) apart.
 */
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { KeywordInfo } from '../analyzer/keywords/keyword-info.js';
import { displaySpelling } from '../analyzer/keywords/keyword-info.js';
import { LineIndex, type Position, type Range } from '../analyzer/base/range.js';
import { completionSite, statementName } from '../analyzer/queries/profile-position.js';
import { parameterKeywordsFor, statementKeywordsFor, statementTakesAddress } from '../analyzer/queries/keyword-lookup.js';
import { knownAddresses } from '../analyzer/queries/known-addresses.js';
import { serversUsingFile } from '../analyzer/queries/liberty-position.js';
import { isLibertyKind, type FeatureContext } from './context.js';
import { keywordMarkdown } from './hover.js';

const WORD_CHARACTER = /[A-Za-z0-9@#$&._:/-]/;

/** Start of the word being typed (addresses and &SYMBOL. included). */
function wordStartBefore(text: string, index: LineIndex, position: Position): Position {
  let offset = index.offsetAt(position);
  const lineStart = index.offsetAt({ line: position.line, character: 0 });
  while (offset > lineStart && WORD_CHARACTER.test(text[offset - 1])) offset--;
  return index.positionAt(offset);
}

function keywordItem(info: KeywordInfo, sortGroup: string, order: number, replace: Range): CompletionItem {
  return {
    label: info.name,
    kind: info.role === 'parameter' ? CompletionItemKind.Property : info.role === 'block-start' ? CompletionItemKind.Module : CompletionItemKind.Keyword,
    detail: info.syntax ?? displaySpelling(info),
    documentation: { kind: MarkupKind.Markdown, value: keywordMarkdown(info, false) },
    sortText: `${sortGroup}${String(order).padStart(4, '0')}`,
    filterText: info.name,
    textEdit: { range: replace, newText: info.name },
  };
}

export function provideCompletion(context: FeatureContext, params: CompletionParams): CompletionList | null {
  const uri = params.textDocument.uri;
  const text = context.textOf(uri);
  if (text === undefined) return null;
  const kind = context.kindOf(uri);
  const index = new LineIndex(text);
  const position = index.positionAt(index.offsetAt(params.position));
  // The trigger characters are Liberty's (`${`): in a profile a typed `{` asks for nothing.
  if (kind === 'profile') return params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? null : profileCompletion(context, uri, text, index, position);
  if (isLibertyKind(kind)) return libertyCompletion(context, uri, text, index, position);
  return null;
}

function profileCompletion(context: FeatureContext, uri: string, text: string, index: LineIndex, position: Position): CompletionList | null {
  const document = context.profile(uri);
  if (!document) return null;
  const wordStart = wordStartBefore(text, index, position);
  const replace: Range = { start: wordStart, end: position };
  // Inside a comment nothing is offered.
  const lineBefore = text.slice(index.offsetAt({ line: position.line, character: 0 }), index.offsetAt(wordStart));
  if (lineBefore.includes(';')) return null;

  const typed = text.slice(index.offsetAt(wordStart), index.offsetAt(position));
  const site = completionSite(document, position, wordStart);
  const items: CompletionItem[] = [];
  if (site.kind === 'statement') {
    // A new line starts a statement: the operands of the statement above are not offered here.
    const blockName = site.block ? statementName(site.block) : undefined;
    statementKeywordsFor(blockName).forEach((info, order) => items.push(keywordItem(info, 'a', order, replace)));
  } else if (site.statement) {
    const name = statementName(site.statement);
    const wantsAddress = statementTakesAddress(name);
    // A number being typed is a value (rank, port, mask): keywords do not help, addresses may.
    if (!/^[0-9]/.test(typed)) {
      const used = new Set(site.previousOperands.map((word) => word.keyword ?? word.upper));
      parameterKeywordsFor(name)
        .filter((info) => !used.has(info.name))
        .forEach((info, order) => items.push(keywordItem(info, 'b', order, replace)));
    }
    if (wantsAddress) items.push(...addressItems(context, replace));
  }
  return { isIncomplete: true, items: isComplete(typed, items) ? [] : items };
}

/** The word typed is a whole item (a full keyword, a known address): offering more would only get in the way. */
function isComplete(typed: string, items: CompletionItem[]): boolean {
  if (typed.length === 0) return false;
  const upper = typed.toUpperCase();
  return items.some((item) => item.label.toUpperCase() === upper);
}

/** Known addresses; the client filters them against what was typed. */
function addressItems(context: FeatureContext, replace: Range): CompletionItem[] {
  const result = context.lastResult();
  if (!result) return [];
  return knownAddresses(result).map((entry, order) => ({
      label: entry.address,
      kind: CompletionItemKind.Value,
      detail: entry.detail,
      sortText: `c${String(order).padStart(5, '0')}`,
      textEdit: { range: replace, newText: entry.address },
    }));
}

function libertyCompletion(context: FeatureContext, uri: string, text: string, index: LineIndex, position: Position): CompletionList | null {
  const lineStart = index.offsetAt({ line: position.line, character: 0 });
  const offset = index.offsetAt(position);
  const before = text.slice(lineStart, offset);
  const result = context.lastResult();
  if (!result) return null;
  const variable = /\$\{([^}\s"]*)$/.exec(before);
  if (variable) {
    const start = index.positionAt(offset - variable[1].length);
    const replace: Range = { start, end: position };
    const closes = text[offset] === '}';
    const names = new Map<string, string>();
    for (const server of serversUsingFile(result, uri)) {
      for (const [name, definition] of server.variables) if (!names.has(name)) names.set(name, `${definition.value} (${definition.source}, ${server.name})`);
    }
    const items = [...names].map(([name, detail]) => ({
      label: name,
      kind: CompletionItemKind.Variable,
      detail,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: replace, newText: closes ? name : `${name}}` },
    }));
    return { isIncomplete: false, items };
  }
  const hostValue = /\bhost\s*=\s*["']([^"']*)$/i.exec(before);
  if (hostValue) {
    const start = index.positionAt(offset - hostValue[1].length);
    return { isIncomplete: false, items: addressItems(context, { start, end: position }) };
  }
  return null;
}
