/**
 * Liberty merges configuration elements of one type that share an id: later attributes override
 * earlier ones (onConflict MERGE), an included file's element replaces the earlier one (REPLACE) or
 * is dropped (IGNORE).
 */
import type { Location } from '../base/range.js';
import type { ConfigElement } from './config-walk.js';
import type { ResolvedValue } from './liberty-model.js';
import type { VariableScope } from './variables.js';
import { attributeOf, isElement, type XmlAttribute, type XmlElement } from './xml-document.js';

export interface MergedAttribute {
  attribute: XmlAttribute;
  uri: string;
}

export interface MergedElement {
  id: string;
  /** Lower-cased attribute name -> winning attribute. */
  attributes: Map<string, MergedAttribute>;
  /** Nested elements of the last definition that had any, with their file. */
  children: { element: XmlElement; uri: string }[];
  /** Every element merged, in processing order. */
  definitions: Location[];
}

export function mergedAttribute(merged: MergedElement, name: string): MergedAttribute | undefined {
  return merged.attributes.get(name.toLowerCase());
}

/** The winning attribute's value with variables substituted, located at that attribute; undefined when absent. */
export function resolveMergedAttribute(merged: MergedElement, name: string, scope: VariableScope): ResolvedValue | undefined {
  const winner = mergedAttribute(merged, name);
  if (!winner) return undefined;
  return scope.resolve(winner.attribute.value, { uri: winner.uri, range: winner.attribute.valueRange });
}

/** Where the element was last defined (what findings point at). The built-in defaultHttpEndpoint has no definition: its caller falls back. */
export function lastDefinition(merged: MergedElement): Location {
  return merged.definitions[merged.definitions.length - 1];
}

/**
 * Merges every top-level element named `type` by id, in processing order. Elements without an id
 * get `unnamedId(n)` (undefined: each such element is its own instance named `${type}-<n>`).
 */
export function mergeById(elements: readonly ConfigElement[], type: string, unnamedId?: string): Map<string, MergedElement> {
  const merged = new Map<string, MergedElement>();
  let unnamed = 0;
  for (const { element, uri, onConflict } of elements) {
    if (!isElement(element, type)) continue;
    const id = attributeOf(element, 'id')?.value.trim() || unnamedId || `${type}-${++unnamed}`;
    let target = merged.get(id);
    if (target && onConflict === 'IGNORE') continue;
    if (!target || onConflict === 'REPLACE') {
      target = { id, attributes: new Map(), children: [], definitions: target?.definitions ?? [] };
      merged.set(id, target);
    }
    for (const attribute of element.attributes) target.attributes.set(attribute.name.toLowerCase(), { attribute, uri });
    if (element.children.length > 0) target.children = element.children.map((child) => ({ element: child, uri }));
    target.definitions.push({ uri, range: element.nameRange });
  }
  return merged;
}
