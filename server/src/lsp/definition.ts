/** Go to definition: of an address (the statements that define or cover it), of a ${variable}. */
import type { DefinitionParams, Location } from 'vscode-languageserver';
import { definitionsOf } from '../analyzer/queries/address-facts.js';
import { addressAtPosition, variableAt } from '../analyzer/queries/liberty-position.js';
import { isLibertyKind, type FeatureContext } from './context.js';

export function provideDefinition(context: FeatureContext, params: DefinitionParams): Location[] {
  const uri = params.textDocument.uri;
  const result = context.freshResult();
  if (!result) return [];
  if (isLibertyKind(context.kindOf(uri))) {
    const text = context.textOf(uri);
    const variable = text !== undefined ? variableAt(result, uri, text, params.position) : undefined;
    if (variable) {
      const locations = variable.definitions.flatMap(({ definition }) => (definition?.location ? [definition.location] : []));
      if (locations.length > 0) return locations;
    }
  }
  const address = addressAtPosition(result, uri, params.position);
  return address ? definitionsOf(result, address) : [];
}
