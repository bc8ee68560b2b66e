/**
 * The web view's page: a strict Content Security Policy (nothing remote; the one script and the one
 * style element are allowed by a fresh nonce), the map's style sheet (server/src/map-view/styles.ts,
 * the same as the HTML report's) and the bundled script dist/client/map-webview.js.
 */
import type { Uri, Webview } from 'vscode';
import { MAP_CSS } from '../../../server/src/map-view/styles.js';

export function nonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let text = '';
  for (let i = 0; i < 32; i++) text += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
  return text;
}

const PANEL_CSS = `
html, body { height: 100%; margin: 0; padding: 0; }
body { overflow: hidden; }
.vm-root.vm-panel { display: flex; flex-direction: column; height: 100%; padding: 6px 12px 8px; background: transparent; }
.vm-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding-bottom: 4px; }
.vm-toolbar input { font: inherit; min-width: 18em; padding: 2px 6px; color: var(--vscode-input-foreground); background: var(--vscode-input-background);
  border: 1px solid var(--vscode-input-border, var(--vm-border)); border-radius: 2px; }
.vm-toolbar button { font: inherit; padding: 2px 10px; border-radius: 2px; cursor: pointer; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
  border: 1px solid var(--vscode-button-border, transparent); }
.vm-toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground); }
.vm-status { color: var(--vm-muted); }
.vm-help { color: var(--vm-muted); font-size: 11px; }
.vm-panel .vm-scroll { flex: 1 1 auto; min-height: 120px; }
.vm-panel .vm-legend { margin-top: 0; }
.vm-panel .vm-files { flex: none; max-height: 40vh; overflow: auto; }
`;

export function mapPageHtml(webview: Webview, scriptUri: Uri): string {
  const token = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${token}'`,
    `script-src 'nonce-${token}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="${csp}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Sysplex VIPA map</title>
<style nonce="${token}">${MAP_CSS}${PANEL_CSS}</style>
</head>
<body>
<main class="vm-root vm-panel vm-interactive" id="map-root" aria-busy="true">
<p class="vm-status" role="status">Loading the sysplex map…</p>
</main>
<script nonce="${token}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
}
