/**
 * Path arithmetic on URI strings of any scheme (file:, zowe-ds:, untitled: ...). The analyzer never
 * touches the file system, so Liberty's file paths (include locations, ${server.config.dir}) are
 * mapped onto the URI of the file that mentions them: same scheme and authority, path resolved.
 */

interface SplitUri {
  /** "file://" or "file://host" or "zowe-ds:" — everything before the path. */
  prefix: string;
  /** Decoded path, always starting with '/' when the URI had one. */
  path: string;
}

const URI_PATTERN = /^([a-zA-Z][\w+.-]*:)(\/\/[^/]*)?(.*)$/;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitUri(uri: string): SplitUri {
  const match = URI_PATTERN.exec(uri);
  if (!match) return { prefix: '', path: safeDecode(uri) };
  return { prefix: match[1] + (match[2] ?? ''), path: safeDecode(match[3]) };
}

function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[?#]/g, (c) => encodeURIComponent(c)))
    .join('/');
}

/** Collapses '.', '..' and repeated slashes; keeps a leading '/'. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined;
}

/** The decoded path of a URI (for file: URIs, the file path as Liberty would see it). */
export function uriPath(uri: string): string {
  return splitUri(uri).path;
}

export function uriBasename(uri: string): string {
  const path = uriPath(uri).replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The folder URI of a file URI (no trailing slash). */
export function uriDirname(uri: string): string {
  const { prefix, path } = splitUri(uri);
  const trimmed = path.replace(/\/+$/, '');
  const cut = trimmed.lastIndexOf('/');
  const parent = cut <= 0 ? '/' : trimmed.slice(0, cut);
  return prefix + encodePath(parent);
}

/** A URI with the same scheme and authority as `uri` and the given absolute path. */
export function uriWithPath(uri: string, absolutePath: string): string {
  return splitUri(uri).prefix + encodePath(normalizePath(absolutePath));
}

/** Resolves a relative path (or a '/'-absolute path) against a folder URI. */
export function uriResolve(folderUri: string, location: string): string {
  const path = location.replace(/\\/g, '/');
  if (path.startsWith('/')) return uriWithPath(folderUri, path);
  const base = uriPath(folderUri).replace(/\/+$/, '');
  return uriWithPath(folderUri, `${base}/${path}`);
}

/** True for 'file:///x', 'zowe-ds:/x', 'http://x' — but not for a Windows drive 'C:/x'. */
export function looksLikeUri(location: string): boolean {
  const match = /^([a-zA-Z][\w+.-]*):/.exec(location);
  return !!match && match[1].length > 1;
}

/** The path of `uri` relative to `baseUri` (a folder), or undefined when it is not below it. */
export function uriRelative(baseUri: string, uri: string): string | undefined {
  const base = splitUri(baseUri);
  const target = splitUri(uri);
  if (base.prefix.toLowerCase() !== target.prefix.toLowerCase()) return undefined;
  const basePath = normalizePath(base.path).replace(/\/+$/, '');
  const targetPath = normalizePath(target.path);
  if (!targetPath.startsWith(`${basePath}/`)) return undefined;
  return targetPath.slice(basePath.length + 1);
}
