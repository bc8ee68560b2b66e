/**
 * An in-memory FileHost for analyzer tests. Paths map to file: URIs: a relative path "a/b.tcpip"
 * becomes file:///ws/a/b.tcpip; an absolute path "/ws/a/b.tcpip" becomes file:///ws/a/b.tcpip;
 * a value that already is a URI (scheme:...) is kept. Folders exist implicitly above each file.
 *
 *   const host = memoryHost({ 'SYSA/PROFILE.TCPIP': 'INCLUDE USER.TCPPARMS(VIPAS)' });
 *   host.write('SYSA/PROFILE.TCPIP', 'HOME 10.1.1.1 LNK1');   // edit
 *   host.remove('SYSA/PROFILE.TCPIP');
 */
import type { DirectoryEntry, FileHost } from '../../server/src/analyzer/base/file-host.js';

export const MEMORY_ROOT = '/ws';

/** URI of a test path (see the module comment). */
export function fileUri(path: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return path;
  const absolute = path.startsWith('/') ? path : `${MEMORY_ROOT}/${path}`;
  return `file://${absolute.split('/').map((segment) => encodeURIComponent(segment).replace(/%40/g, '@').replace(/%24/g, '$')).join('/')}`;
}

export class MemoryHost implements FileHost {
  readonly files = new Map<string, string | Uint8Array>();
  /** Every URI read through readText/readBytes, in order (tests assert on caching with it). */
  readonly reads: string[] = [];

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): string {
    const uri = fileUri(path);
    this.files.set(uri, content);
    return uri;
  }

  remove(path: string): string {
    const uri = fileUri(path);
    this.files.delete(uri);
    return uri;
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  readText(uri: string): string | undefined {
    this.reads.push(uri);
    const content = this.files.get(uri);
    if (content === undefined) return undefined;
    return typeof content === 'string' ? content : new TextDecoder().decode(content);
  }

  readBytes(uri: string): Uint8Array | undefined {
    this.reads.push(uri);
    const content = this.files.get(uri);
    if (content === undefined) return undefined;
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }

  listDirectory(uri: string): DirectoryEntry[] | undefined {
    const folder = uri.replace(/\/$/, '');
    const entries = new Map<string, DirectoryEntry>();
    for (const fileUriText of this.files.keys()) {
      if (!fileUriText.startsWith(`${folder}/`)) continue;
      const rest = fileUriText.slice(folder.length + 1);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      if (!entries.has(name)) {
        entries.set(name, { name: decodeURIComponent(name), uri: `${folder}/${name}`, isDirectory: slash >= 0 });
      }
    }
    return entries.size > 0 ? [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) : undefined;
  }
}

export function memoryHost(files: Record<string, string | Uint8Array> = {}): MemoryHost {
  return new MemoryHost(files);
}
