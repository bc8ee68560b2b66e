/**
 * Document links: INCLUDE operands of profiles and Liberty include / keystore / ${...dir} paths, as
 * the analysis resolved them (analyzer/queries/document-links.ts). A member that exists only on the
 * host gets a link without a target and `data.hostMember`; the VS Code client turns it into a
 * command that opens the member through Zowe Explorer (other editors show the tooltip).
 */
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { libertyLinks, profileLinks, type FileLink } from '../analyzer/queries/document-links.js';
import { isLibertyKind, type FeatureContext } from './context.js';

export interface HostMemberLinkData {
  hostMember: { dataSet: string; member?: string };
}

function toLink(link: FileLink): DocumentLink {
  const result: DocumentLink = { range: link.range, tooltip: link.tooltip };
  if (link.targetUri) result.target = link.targetUri;
  if (link.hostMember) result.data = { hostMember: link.hostMember } satisfies HostMemberLinkData;
  return result;
}

export async function provideDocumentLinks(context: FeatureContext, params: DocumentLinkParams): Promise<DocumentLink[]> {
  const uri = params.textDocument.uri;
  const kind = context.kindOf(uri);
  if (kind !== 'profile' && !isLibertyKind(kind)) return [];
  // Links sit on ranges of the current text until the next request: the analysis that saw it.
  const result = await context.settledResult();
  if (!result) return [];
  if (kind === 'profile') return profileLinks(result, uri).map(toLink);
  const text = context.textOf(uri);
  return text === undefined ? [] : libertyLinks(result, uri, text).map(toLink);
}
