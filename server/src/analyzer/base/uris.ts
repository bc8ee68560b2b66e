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

/** True for 'file:///x', 'zowe-ds:/x', 'http://x' — but not for a Windows drive 'C:/x'. */
export function looksLikeUri(location: string): boolean {
  const match = /^([a-zA-Z][\w+.-]*):/.exec(location);
  return !!match && match[1].length > 1;
}

const URI_PARTS = /^([a-zA-Z][\w+.-]*:)(\/\/[^/]*)?(.*)$/;

/** Scheme and authority ("file://", "file://host", "zowe-ds:") and the raw (still encoded) path. */
function splitUri(uri: string): { prefix: string; rawPath: string } {
  const match = URI_PARTS.exec(uri);
  if (!match) return { prefix: '', rawPath: uri };
  return { prefix: match[1] + (match[2] ?? ''), rawPath: match[3] };
}

/** The decoded path of a URI (for file: URIs, the file path as a z/OS UNIX program would see it). */
export function uriPath(uri: string): string {
  return safeDecode(splitUri(stripQueryAndFragment(uri)).rawPath);
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

/** A URI with the same scheme and authority as `uri` and the given absolute (decoded) path. */
export function uriWithPath(uri: string, absolutePath: string): string {
  return splitUri(uri).prefix + encodePath(normalizePath(absolutePath.replace(/\\/g, '/')));
}

/**
 * Resolves a path written in a config file, a Liberty include or an INCLUDE mapping against a
 * folder URI. Accepts '/' or '\\' separators, '.' and '..'; a URI with a scheme is taken as it is;
 * a '/'-absolute path keeps the folder's scheme and authority; a drive path (C:\\x) becomes a file:
 * URI. The folder's own spelling is kept (it is never decoded and re-encoded), only the new part is
 * encoded, so a folder the client spelled `SYS%24A` stays `SYS%24A`.
 */
export function resolveUriPath(baseUri: string | undefined, path: string): string {
  const normalized = path.replace(/\\/g, '/');
  if (looksLikeUri(normalized)) return normalized;
  if (/^[A-Za-z]:\//.test(normalized)) return `file:///${encodePath(normalizePath(normalized))}`;
  if (normalized.startsWith('/')) return uriWithPath(baseUri ?? 'file:///', normalized);
  const { prefix, rawPath } = splitUri(stripQueryAndFragment(baseUri ?? 'file:///'));
  const joined = `${rawPath.replace(/\/+$/, '')}/${encodePath(normalized)}`;
  return prefix + normalizePath(joined);
}

/** The path of `uri` relative to `baseUri` (a folder), decoded; undefined when it is not below it. */
export function uriRelative(baseUri: string, uri: string): string | undefined {
  const base = uriKey(baseUri).replace(/\/+$/, '');
  const target = uriKey(uri);
  const baseParts = splitUri(base);
  const targetParts = splitUri(target);
  if (baseParts.prefix !== targetParts.prefix) return undefined;
  const basePath = normalizePath(baseParts.rawPath).replace(/\/+$/, '');
  const targetPath = normalizePath(targetParts.rawPath);
  if (!targetPath.startsWith(`${basePath}/`)) return undefined;
  return targetPath.slice(basePath.length + 1);
}

/**
 * Encodes a decoded path as Node's pathToFileURL does for the characters that matter ('%', '#',
 * '?', blanks, non-ASCII); '$' and '@', common in z/OS names, stay as they are.
 */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return encodeURI(segment).replace(/[?#]/g, (c) => encodeURIComponent(c));
      } catch {
        return segment; // a lone surrogate: keep the text rather than fail
      }
    })
    .join('/');
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
