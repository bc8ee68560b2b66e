/**
 * Where a rename may start: an address operand of a profile (or a system symbol standing for one),
 * an address literal in a Liberty file or vipa-check.json, or a Liberty host value that resolves to
 * an address through ${variables} or a host name. Answers the range to highlight and the address.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { ProfileDocument } from '../profile/ast.js';
import { containsPosition, type Position, type Range } from '../base/range.js';
import { parseAddressText } from '../base/addresses.js';
import { substituteSymbols } from '../model/symbols.js';
import { uriKey } from '../base/uris.js';
import { tokenAt } from './profile-position.js';
import { endpointHostAt } from './liberty-position.js';
import { addressOfValue, literalAt } from './address-literals.js';

export type RenameTarget = { address: string; range: Range } | { refused: string };

const ADDRESS_KINDS = new Set(['ipv4', 'ipv4-prefix', 'ipv6', 'ipv6-prefix']);

export function renameTargetInProfile(result: AnalysisResult | undefined, uri: string, document: ProfileDocument, position: Position): RenameTarget {
  const token = tokenAt(document, position);
  if (token && ADDRESS_KINDS.has(token.kind)) {
    const slash = token.text.indexOf('/');
    const parsed = parseAddressText(slash < 0 ? token.text : token.text.slice(0, slash));
    if (parsed) {
      const length = slash < 0 ? token.text.length : slash;
      return { address: parsed.address, range: { start: token.range.start, end: { line: token.range.start.line, character: token.range.start.character + length } } };
    }
  }
  if (token?.kind === 'symbol' && result) {
    const key = uriKey(uri);
    const values = new Set<string>();
    for (const stack of result.model.stacks) {
      if (!stack.fileUris.some((file) => uriKey(file) === key)) continue;
      const substituted = substituteSymbols(token.text.split('/')[0], stack.symbols);
      const address = substituted.unresolved.length === 0 ? parseAddressText(substituted.text)?.address : undefined;
      if (address) values.add(address);
    }
    if (values.size === 1) return { address: [...values][0], range: token.range };
    if (values.size > 1) return { refused: `${token.text} stands for different addresses on different stacks (${[...values].join(', ')}); rename one of them where it is written.` };
    return { refused: `${token.text} has no address value in vipa-check.json.` };
  }
  return { refused: 'Place the cursor on an IP address to rename it across the sysplex.' };
}

/** Liberty files and vipa-check.json: a literal under the cursor, else an endpoint host that resolves to one. */
export function renameTargetInText(result: AnalysisResult | undefined, uri: string, text: string, position: Position): RenameTarget {
  const literal = literalAt(text, position);
  if (literal) return { address: literal.address, range: literal.range };
  const hit = result ? endpointHostAt(result, uri, position) : undefined;
  const address = hit?.endpoint.address ? addressOfValue(hit.endpoint.address) : undefined;
  if (hit && address) {
    const key = uriKey(uri);
    const host = hit.endpoint.host;
    if (uriKey(host.location.uri) === key && containsPosition(host.location.range, position)) return { address, range: host.location.range };
    const definition = host.chain.find((step) => step.definition?.location && uriKey(step.definition.location.uri) === key && containsPosition(step.definition.location.range, position))?.definition;
    if (definition?.location) return { address, range: definition.location.range };
  }
  return { refused: 'Place the cursor on an IP address (or a host value that resolves to one) to rename it across the sysplex.' };
}
