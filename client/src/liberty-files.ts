/**
 * Which XML files are Liberty configuration is the server's answer, not a file-name guess: a
 * server.xml may include `${server.config.dir}/includes/endpoints.xml` or a file in a shared folder,
 * and that file deserves hover, quick fixes and definition like server.xml. The client syncs every
 * XML document with the server (which ignores the ones no Liberty server reads) and sends feature
 * requests for an XML document only when `vipa/libertyFiles` lists it, so other XML (pom.xml, a
 * Tomcat server.xml) never gets an empty outline or folding from us over the XML extension's.
 * Until the first answer arrives, requests go to the server, which answers nothing for non-Liberty files.
 */
import { Uri, type TextDocument } from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient/node';
import { LIBERTY_FILES_REQUEST, type LibertyFilesAnswer } from '../../server/src/protocol/custom-requests.js';

const REFRESH_DELAY_MS = 300;

/** The request features a document's language server answers; each is gated by the same rule. */
const GATED_FEATURES = [
  'provideHover',
  'provideCompletionItem',
  'provideCodeActions',
  'provideDefinition',
  'provideReferences',
  'provideDocumentHighlights',
  'provideDocumentSymbols',
  'provideFoldingRanges',
  'provideDocumentLinks',
  'provideInlayHints',
  'provideCodeLenses',
  'provideRenameEdits',
  'prepareRename',
] as const satisfies readonly (keyof Middleware)[];

type GatedFeature = (typeof GATED_FEATURES)[number];

export class LibertyFiles {
  private files: Set<string> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private client: BaseLanguageClient | undefined;

  constructor(private readonly profileLanguageId: string) {}

  attach(client: BaseLanguageClient): void {
    this.client = client;
  }

  /** True when the server answers feature requests for the document. */
  serves(document: TextDocument): boolean {
    if (document.languageId === this.profileLanguageId) return true;
    return this.files === undefined || this.files.has(document.uri.toString());
  }

  /** Known Liberty files (client URIs as VS Code prints them); undefined before the first answer. */
  get known(): ReadonlySet<string> | undefined {
    return this.files;
  }

  /** Asks again soon (diagnostics changed: an include may have come or gone). */
  scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    if (!this.client?.isRunning()) return;
    try {
      const answer = await this.client.sendRequest<LibertyFilesAnswer>(LIBERTY_FILES_REQUEST);
      this.files = new Set((answer?.files ?? []).map((file) => Uri.parse(file).toString()));
    } catch {
      // A server without the request: keep sending every request (it decides).
      this.files = undefined;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  /**
   * Middleware that sends a feature request only for documents the server serves, wrapping the
   * given middleware of the same features (e.g. the host-member links) inside the gate.
   */
  middleware(inner: Partial<Pick<Middleware, GatedFeature>> = {}): Pick<Middleware, GatedFeature> {
    const gated: Record<string, unknown> = {};
    for (const feature of GATED_FEATURES) {
      const wrapped = inner[feature] as ((...args: unknown[]) => unknown) | undefined;
      gated[feature] = (document: TextDocument, ...rest: unknown[]) => {
        if (!this.serves(document)) return undefined;
        if (wrapped) return wrapped(document, ...rest);
        const next = rest[rest.length - 1] as (...args: unknown[]) => unknown;
        return next(document, ...rest.slice(0, -1));
      };
    }
    return gated as Pick<Middleware, GatedFeature>;
  }
}
