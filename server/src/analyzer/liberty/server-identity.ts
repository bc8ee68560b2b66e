/**
 * A server's name, its built-in location variables and its entry in vipa-check.json.
 * Layouts: <wlp>/usr/servers/<name>/server.xml (wlp.user.dir = <wlp>/usr) and the Maven/Gradle
 * project layout <project>/src/main/liberty/config/server.xml (the server is named after <project>).
 */
import type { LoadedConfig, ServerConfig } from '../config/workspace-config.js';
import type { VariableDefinition } from './liberty-model.js';
import { normalizePath, uriBasename, uriDirname, uriPath, uriRelative } from '../base/uris.js';

export function serverNameOf(serverXmlUri: string): string {
  const configDir = uriDirname(serverXmlUri);
  const path = uriPath(configDir).replace(/\/+$/, '');
  const maven = /\/([^/]+)\/src\/main\/liberty\/config$/.exec(path);
  if (maven) return maven[1];
  return uriBasename(configDir) || 'defaultServer';
}

export function builtInVariables(serverXmlUri: string, name: string): VariableDefinition[] {
  const configDirPath = uriPath(uriDirname(serverXmlUri)).replace(/\/+$/, '');
  const builtIn = (variable: string, value: string): VariableDefinition => ({ name: variable, value, source: 'built-in' });
  const definitions = [builtIn('server.config.dir', configDirPath), builtIn('server.output.dir', configDirPath), builtIn('wlp.server.name', name)];
  const parts = /^(.*)\/servers\/[^/]+$/.exec(configDirPath);
  if (parts) {
    const userDir = parts[1];
    definitions.push(
      builtIn('wlp.user.dir', userDir),
      builtIn('shared.config.dir', `${userDir}/shared/config`),
      builtIn('shared.resource.dir', `${userDir}/shared/resources`),
      builtIn('shared.app.dir', `${userDir}/shared/apps`),
    );
    // WLP_USER_DIR defaults to ${wlp.install.dir}/usr.
    if (userDir.endsWith('/usr')) definitions.push(builtIn('wlp.install.dir', normalizePath(userDir.slice(0, -4)) || '/'));
  }
  return definitions;
}

/** The config entry for a server: keyed by server name, or by the path of server.xml or its folder. */
export function serverConfigOf(serverXmlUri: string, name: string, config: LoadedConfig): ServerConfig | undefined {
  const servers = config.config.servers;
  if (!servers) return undefined;
  const relative = config.baseUri ? uriRelative(config.baseUri, serverXmlUri) : undefined;
  const candidates = new Set([name.toLowerCase()]);
  if (relative) {
    candidates.add(relative.toLowerCase());
    candidates.add(relative.replace(/\/?server\.xml$/i, '').toLowerCase());
  }
  for (const [key, value] of Object.entries(servers)) {
    const normalized = key.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '').toLowerCase();
    if (candidates.has(normalized)) return value;
  }
  return undefined;
}

/** The sysplex of a server: explicit, else that of its allowed stacks, else the config's only one, else 'default'. */
export function sysplexOf(serverConfig: ServerConfig | undefined, config: LoadedConfig): string {
  if (serverConfig?.sysplex) return serverConfig.sysplex;
  const stackSysplex = (stack: string): string | undefined => {
    const fromStack = config.config.stacks?.[stack]?.sysplex;
    if (fromStack) return fromStack;
    for (const [sysplex, members] of Object.entries(config.config.sysplexes ?? {})) if (members.includes(stack)) return sysplex;
    return undefined;
  };
  for (const stack of serverConfig?.stacks ?? []) {
    const found = stackSysplex(stack);
    if (found) return found;
  }
  const names = new Set<string>(Object.keys(config.config.sysplexes ?? {}));
  for (const stack of Object.values(config.config.stacks ?? {})) if (stack.sysplex) names.add(stack.sysplex);
  return names.size === 1 ? [...names][0] : 'default';
}
