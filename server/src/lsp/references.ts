/** Find references of an address across every profile and Liberty file of the workspace. */
import type { Location, ReferenceParams } from 'vscode-languageserver';
import { addressAtPosition } from '../analyzer/queries/liberty-position.js';
import { definitionsOf, isDefinitionSite, uniqueLocations } from '../analyzer/queries/address-facts.js';
import type { FeatureContext } from './context.js';

export function provideReferences(context: FeatureContext, params: ReferenceParams): Location[] {
  const result = context.freshResult();
  const address = result ? addressAtPosition(result, params.textDocument.uri, params.position) : undefined;
  if (!result || !address) return [];
  const references = uniqueLocations(result.index.referencesOf(address));
  if (params.context.includeDeclaration) return references;
  const definitions = definitionsOf(result, address);
  return references.filter((reference) => !isDefinitionSite(reference, definitions));
}
