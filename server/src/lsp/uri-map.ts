/**
 * Clients and Node spell the same file URI differently (VS Code percent-encodes '$', '@', ':' in
 * drive letters; pathToFileURL does not). The analyzer must see one URI per file, and the client
 * must get diagnostics under the URI it opened. This map keeps both sides consistent.
 */
import { uriKey } from '../analyzer/base/uris.js';

export class UriMap {
  /** key -> the URI the analyzer knows the file by. */
  private readonly analyzerUris = new Map<string, string>();
  /** key -> the URI the client opened the document with. */
  private readonly clientUris = new Map<string, string>();

  /** Records the analyzer's spelling (first one wins, so a file is never known twice). */
  register(uri: string): string {
    const key = uriKey(uri);
    const known = this.analyzerUris.get(key);
    if (known) return known;
    this.analyzerUris.set(key, uri);
    return uri;
  }

  forget(uri: string): void {
    this.analyzerUris.delete(uriKey(uri));
  }

  /** The analyzer's URI for a client URI (the client's own when the file is not known yet). */
  toAnalyzer(clientUri: string): string {
    return this.analyzerUris.get(uriKey(clientUri)) ?? clientUri;
  }

  opened(clientUri: string): void {
    this.clientUris.set(uriKey(clientUri), clientUri);
  }

  closed(clientUri: string): void {
    this.clientUris.delete(uriKey(clientUri));
  }

  /** The client's URI for an analyzer URI (its own when the client has not opened it). */
  toClient(analyzerUri: string): string {
    return this.clientUris.get(uriKey(analyzerUri)) ?? analyzerUri;
  }

  clientUriOf(anyUri: string): string | undefined {
    return this.clientUris.get(uriKey(anyUri));
  }
}
