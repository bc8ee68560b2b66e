/**
 * Parsed profiles, cached by (uri, version) when the editor gives versions and by text equality
 * otherwise. A file not reported changed since its last parse is not even re-read.
 */
import type { ProfileDocument } from '../profile/ast.js';
import type { FileHost } from '../base/file-host.js';
import { parseProfileOrThrow } from '../profile/parse-profile.js';
import { internalErrorFinding } from './findings.js';
import { notTextReason } from '../base/text-decoding.js';
import { notTextFinding } from '../diagnostics/not-text.js';
import { blankSequenceNumbers } from '../profile/sequence-numbers.js';

interface CachedParse {
  version?: number;
  text: string;
  document: ProfileDocument;
}

export class ProfileCache {
  private readonly parses = new Map<string, CachedParse>();
  /** URIs whose content may differ from the cached parse. */
  private readonly stale = new Set<string>();
  /** Parses done since the last `resetCount`. */
  parsedCount = 0;

  constructor(private readonly host: FileHost, private readonly onInternalError?: (error: unknown, source: string) => void) {}

  /**
   * The file may have changed. Without an editor version (a close, a disk change) the cached parse's
   * version no longer names its text: an editor that opens the file again numbers it from 1 again,
   * and that version must not find the parse of an earlier buffer.
   */
  markChanged(uri: string, version?: number): void {
    this.stale.add(uri);
    if (version === undefined) {
      const cached = this.parses.get(uri);
      if (cached) cached.version = undefined;
    }
  }

  forget(uri: string): void {
    this.parses.delete(uri);
    this.stale.delete(uri);
  }

  resetCount(): void {
    this.parsedCount = 0;
  }

  /** The cached document without reading or parsing anything. */
  peek(uri: string): ProfileDocument | undefined {
    return this.parses.get(uri)?.document;
  }

  /** The current parse of `uri`; reads and parses only when the file may have changed. */
  get(uri: string, version?: number): ProfileDocument | undefined {
    const cached = this.parses.get(uri);
    if (cached && !this.stale.has(uri)) return cached.document;
    if (cached && version !== undefined && cached.version === version) {
      this.stale.delete(uri);
      return cached.document;
    }
    const text = this.host.readText(uri);
    if (text === undefined) {
      this.parses.delete(uri);
      this.stale.delete(uri);
      return undefined;
    }
    this.stale.delete(uri);
    if (cached && cached.text === text) {
      cached.version = version;
      return cached.document;
    }
    const document = this.parse(uri, text);
    this.parsedCount++;
    this.parses.set(uri, { version, text, document });
    return document;
  }

  /**
   * A parser crash must not take the whole analysis down: the file then contributes nothing but an
   * internal-error finding, and the stack trace goes to the log (once: the failed parse is cached).
   */
  private parse(uri: string, text: string): ProfileDocument {
    // A file that is not text gets one finding, not a syntax error per garbage word.
    const notText = notTextReason(text);
    if (notText) return { uri, statements: [], tokens: [], comments: [], findings: [notTextFinding(uri, notText)], lineCount: text.split('\n').length };
    try {
      // ISPF sequence numbers: one finding for the file, and the numbers are not read as operands.
      const numbered = blankSequenceNumbers(uri, text);
      if (!numbered) return parseProfileOrThrow(uri, text);
      const document = parseProfileOrThrow(uri, numbered.text);
      return { ...document, findings: [numbered.finding, ...document.findings] };
    } catch (error) {
      const source = `parser of ${uri}`;
      this.onInternalError?.(error, source);
      return { uri, statements: [], tokens: [], comments: [], findings: [internalErrorFinding(uri, source, error)], lineCount: text.split('\n').length };
    }
  }
}
