/** Document highlight: the same address, keyword or ${variable} elsewhere in the document. */
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import { tokenAt } from '../analyzer/queries/profile-position.js';
import { addressAtPosition, variableAt } from '../analyzer/queries/liberty-position.js';
import { definitionsOf, isDefinitionSite } from '../analyzer/queries/address-facts.js';
import { LineIndex } from '../analyzer/base/range.js';
import { uriKey } from '../analyzer/base/uris.js';
import { isLibertyKind, type FeatureContext } from './context.js';

export function provideDocumentHighlights(context: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] {
  const uri = params.textDocument.uri;
  const kind = context.kindOf(uri);
  const result = context.freshResult();
  const address = result ? addressAtPosition(result, uri, params.position) : undefined;
  if (result && address) {
    const key = uriKey(uri);
    const definitions = definitionsOf(result, address);
    return result.index
      .referencesOf(address)
      .filter((location) => uriKey(location.uri) === key)
      .map((location) => ({ range: location.range, kind: isDefinitionSite(location, definitions) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
  }
  if (kind === 'profile') {
    const document = context.profile(uri);
    const token = document ? tokenAt(document, params.position) : undefined;
    if (!document || !token) return [];
    const same = token.kind === 'keyword' ? (candidate: typeof token) => candidate.kind === 'keyword' && candidate.keyword === token.keyword : (candidate: typeof token) => candidate.upper === token.upper;
    return document.tokens.filter(same).map((candidate) => ({ range: candidate.range, kind: DocumentHighlightKind.Text }));
  }
  if (isLibertyKind(kind) && result) {
    const text = context.textOf(uri);
    const variable = text !== undefined ? variableAt(result, uri, text, params.position) : undefined;
    if (!text || !variable) return [];
    const index = new LineIndex(text);
    const needle = `\${${variable.name}}`;
    const highlights: DocumentHighlight[] = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      highlights.push({ range: index.rangeOf(at, at + needle.length), kind: DocumentHighlightKind.Read });
    }
    for (const { definition } of variable.definitions) {
      if (definition?.location && uriKey(definition.location.uri) === uriKey(uri)) highlights.push({ range: definition.location.range, kind: DocumentHighlightKind.Write });
    }
    return highlights;
  }
  return [];
}
