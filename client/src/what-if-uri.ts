/**
 * The read-only what-if documents: one virtual URI per set of stacks taken down,
 * `vipa-what-if:/What if TCPIPA goes down.txt?down=TCPIPA`. Kept free of the vscode API so it can be
 * unit-tested; what-if-view.ts turns these strings into Uris.
 */
export const WHAT_IF_SCHEME = 'vipa-what-if';

/** Stack names from the command's arguments: { down: [...] } (the code lens), a name, or a list of names. */
export function stacksFromArguments(arg: unknown): string[] {
  const raw = arg && typeof arg === 'object' && !Array.isArray(arg) ? (arg as { down?: unknown }).down : arg;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return [...new Set(list.filter((name): name is string => typeof name === 'string').map((name) => name.trim()).filter((name) => name !== ''))];
}

export function whatIfPath(down: readonly string[]): string {
  const names = down.length <= 1 ? down.join('') : `${down.slice(0, -1).join(', ')} and ${down[down.length - 1]}`;
  return `/What if ${names} ${down.length > 1 ? 'go' : 'goes'} down.txt`;
}

export function whatIfQuery(down: readonly string[]): string {
  return `down=${down.map(encodeURIComponent).join(',')}`;
}

/** The stacks a what-if URI's query names. */
export function stacksFromQuery(query: string): string[] {
  const match = /(?:^|&)down=([^&]*)/.exec(query);
  if (!match) return [];
  return match[1].split(',').map((part) => decodeURIComponent(part)).filter((name) => name !== '');
}
