/**
 * A Liberty server's variables as a VariableScope again, for questions asked after the read (the
 * value behind a ${name} in a hint, a ${server.config.dir} path in a link). The reader keeps only the
 * winning definition of each name; lookups by env name (server.env, vipa-check.json values) keep
 * their environment rules because those definitions go back into the environment tier.
 */
import type { LibertyServer, VariableDefinition } from '../liberty/liberty-model.js';
import { VariableScope } from '../liberty/variables.js';

const scopes = new WeakMap<LibertyServer, VariableScope>();

const ENVIRONMENT_SOURCES = new Set<VariableDefinition['source']>(['server.env', 'config', 'environment']);

export function scopeOfServer(server: LibertyServer): VariableScope {
  let scope = scopes.get(server);
  if (!scope) {
    const definitions = [...server.variables.values()];
    scope = new VariableScope({
      builtIns: [],
      defaultValues: [],
      environment: definitions.filter((definition) => ENVIRONMENT_SOURCES.has(definition.source)),
      bootstrap: [],
      configValues: definitions.filter((definition) => !ENVIRONMENT_SOURCES.has(definition.source)),
    });
    scopes.set(server, scope);
  }
  return scope;
}
