/** An in-memory FileHost for the Liberty reader tests (paths under file:///ws/). */
import type { DirectoryEntry, FileHost } from '../../../server/src/analyzer/base/file-host.js';

export const ws = (path: string): string => `file:///ws/${path}`;

export function libertyHost(files: Record<string, string | Uint8Array>): FileHost {
  const byUri = new Map(Object.entries(files).map(([path, content]) => [ws(path), content]));
  return {
    readText: (uri) => {
      const content = byUri.get(uri);
      return typeof content === 'string' ? content : undefined;
    },
    readBytes: (uri) => {
      const content = byUri.get(uri);
      return content === undefined ? undefined : typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    listDirectory: (uri) => {
      const prefix = uri.replace(/\/+$/, '') + '/';
      const entries = new Map<string, DirectoryEntry>();
      for (const key of byUri.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        const name = rest.split('/')[0];
        entries.set(name, { name, uri: prefix + name, isDirectory: rest.includes('/') });
      }
      return entries.size > 0 ? [...entries.values()] : undefined;
    },
  };
}
