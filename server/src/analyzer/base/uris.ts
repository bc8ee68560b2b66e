/**
 * String-level URI helpers. The analyzer sees URIs of any scheme (file:, zowe-ds:, untitled:), so
 * these work on the path part as text and never touch the file system. Different producers encode
 * the same path differently (VS Code writes file:///c%3A/..., Node's pathToFileURL writes
 * file:///C:/...; '$' and '#' are common in z/OS names), so comparisons go through `uriKey`.
 */

const keyCache = new Map<string, string>();

/** A comparison key: percent-decoded, scheme and Windows drive letter lower-cased. */
export function uriKey(uri: string): string {
  let key = keyCache.get(uri);
  if (key === undefined) {
    // Bounded: a long-running language server sees many URIs over time.
    if (keyCache.size > 50_000) keyCache.clear();
    key = computeUriKey(uri);
    keyCache.set(uri, key);
  }
  return key;
}

function computeUriKey(uri: string): string {
  let decoded = uri;
  try {
    decoded = decodeURIComponent(uri);
  } catch {
    // Malformed escapes: compare the raw text.
  }
  decoded = decoded.replace(/^([A-Za-z][A-Za-z0-9+.-]*):/, (_m, scheme: string) => `${scheme.toLowerCase()}:`);
  return decoded.replace(/^(file:\/\/\/)([A-Za-z]):/, (_m, prefix: string, drive: string) => `${prefix}${drive.toLowerCase()}:`);
}

/** Last path segment, decoded ("file:///ws/a%20b/PROFILE.TCPIP" -> "PROFILE.TCPIP"). */
export function uriBasename(uri: string): string {
  const path = stripQueryAndFragment(uri);
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  const colon = trimmed.lastIndexOf(':');
  return safeDecode(trimmed.slice(Math.max(slash, colon) + 1));
}

/** The folder URI of a file URI (no trailing slash). */
export function uriDirname(uri: string): string {
  const path = stripQueryAndFragment(uri);
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return trimmed;
  // Keep "file:///" intact for files at the root.
  if (trimmed.slice(0, slash + 1).endsWith('://')) return trimmed.slice(0, slash + 1);
  return trimmed.slice(0, slash);
}

/** Folder names from the root down to the file's folder, decoded. */
export function uriFolderNames(uri: string): string[] {
  const folder = uriDirname(uri);
  const afterScheme = folder.replace(/^[A-Za-z][A-Za-z0-9+.-]*:(\/\/[^/]*)?/, '');
  return afterScheme.split('/').filter((s) => s.length > 0).map(safeDecode);
}

/** File name without its last extension ("PROFILE.TCPIP" -> "PROFILE", "ZCXDVIPA" -> "ZCXDVIPA"). */
export function stripExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Lower-case last extension without the dot, or '' ("server.xml" -> "xml"). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** True when `uri` lies inside folder `folderUri` (at any depth). */
export function isInsideFolder(uri: string, folderUri: string): boolean {
  const folder = uriKey(folderUri).replace(/\/$/, '');
  return uriKey(uri).startsWith(`${folder}/`);
}

/**
 * Resolves a path written in a config file against a base folder URI. Accepts '/' or '\\'
 * separators, '.' and '..'; an absolute path (/x, C:\x) or a URI with a scheme replaces the base.
 */
export function resolveUriPath(baseUri: string | undefined, path: string): string {
  const normalized = path.replace(/\\/g, '/');
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(normalized) && !/^[A-Za-z]:\//.test(normalized)) return normalized;
  if (/^[A-Za-z]:\//.test(normalized)) return `file:///${encodePath(normalized)}`;
  if (normalized.startsWith('/')) {
    const scheme = baseUri?.match(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/)?.[0] ?? 'file://';
    return normalizeDots(`${scheme}/${encodePath(normalized.replace(/^\/+/, ''))}`);
  }
  const base = (baseUri ?? 'file:///').replace(/\/$/, '');
  return normalizeDots(`${base}/${encodePath(normalized)}`);
}

function normalizeDots(uri: string): string {
  const match = uri.match(/^([A-Za-z][A-Za-z0-9+.-]*:(?:\/\/[^/]*)?)(.*)$/);
  if (!match) return uri;
  const [, prefix, path] = match;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (out.length > 0) out.pop();
      continue;
    }
    out.push(segment);
  }
  return `${prefix}/${out.join('/')}`;
}

/** Encodes the characters that matter in a URI path (as pathToFileURL does), keeps the rest. */
function encodePath(path: string): string {
  return path.replace(/[%#? \t\n\r]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function stripQueryAndFragment(uri: string): string {
  // Only file: URIs are known to carry no meaningful query; other schemes keep theirs.
  if (!uri.startsWith('file:')) return uri;
  const cut = uri.search(/[?#]/);
  return cut >= 0 ? uri.slice(0, cut) : uri;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
