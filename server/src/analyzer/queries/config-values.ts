/**
 * The values of vipa-check.json that may stand for an address: `hosts`, global and per-stack
 * `symbols`, and per-server `variables`, each with the range of its text (inside the quotes) so a
 * rename can change it in place.
 */
import { LineIndex, type Range } from '../base/range.js';
import { parseJsonTree, type JsonNode } from '../config/json-tree.js';

export interface ConfigValue {
  /** "hosts", "symbols", "stacks.TCPIPA.symbols" or "servers.orders.variables". */
  section: string;
  key: string;
  value: string;
  /** The string's text, without its quotes. */
  range: Range;
}

function objectEntries(node: JsonNode | undefined): [string, JsonNode][] {
  return node?.kind === 'object' ? node.properties.map((property) => [property.key, property.value]) : [];
}

function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return node?.kind === 'object' ? node.properties.find((property) => property.key === key)?.value : undefined;
}

export function configAddressValues(text: string): ConfigValue[] {
  const { root } = parseJsonTree(text);
  if (!root) return [];
  const lines = new LineIndex(text);
  const values: ConfigValue[] = [];
  const collect = (section: string, node: JsonNode | undefined) => {
    for (const [key, value] of objectEntries(node)) {
      if (value.kind !== 'string') continue;
      values.push({ section, key, value: value.value, range: lines.rangeOf(value.start + 1, value.end - 1) });
    }
  };
  collect('hosts', member(root, 'hosts'));
  collect('symbols', member(root, 'symbols'));
  for (const [name, stack] of objectEntries(member(root, 'stacks'))) collect(`stacks.${name}.symbols`, member(stack, 'symbols'));
  for (const [name, server] of objectEntries(member(root, 'servers'))) collect(`servers.${name}.variables`, member(server, 'variables'));
  return values;
}
