/**
 * Which workspace files are Liberty configuration, decided by path alone (discovery must be cheap and
 * must not read every XML file of a workspace).
 */
import type { FileKind } from '../base/file-kind.js';
import { uriPath } from '../base/uris.js';

/** Folders whose *.xml files are Liberty configuration. */
const LIBERTY_XML_FOLDER = [
  /\/configdropins\/(defaults|overrides)\/[^/]+\.xml$/,
  /\/servers\/[^/]+\/[^/]+\.xml$/,
  /\/src\/main\/liberty\/config\/[^/]+\.xml$/,
];

export function libertyFileKind(uri: string): FileKind | undefined {
  const path = uriPath(uri).replace(/\\/g, '/');
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  if (name === 'server.xml') return 'liberty-server-xml';
  if (name === 'bootstrap.properties') return 'liberty-bootstrap';
  if (name === 'server.env') return 'liberty-env';
  if (name.endsWith('.xml') && LIBERTY_XML_FOLDER.some((pattern) => pattern.test(lower))) return 'liberty-xml';
  return undefined;
}
