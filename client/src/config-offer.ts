/**
 * The one-time, non-modal offer to create vipa-check.json for a workspace with several candidate
 * stacks and no config. Answered or closed, it is never shown again for this workspace.
 */
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import type { SysplexSummary } from '../../server/src/protocol/custom-requests.js';
import { CONFIG_OFFER_DISMISSED_KEY, CREATE_CONFIG_COMMAND, shouldOfferConfig } from './config-offer-rule.js';

const CREATE = 'Create vipa-check.json';
const NEVER = "Don't show again";

async function hasConfigFile(): Promise<boolean> {
  if (workspace.getConfiguration('vipaCheck').get<string>('configFile')?.trim()) return true;
  const found = await workspace.findFiles('**/{vipa-check.json,.vipa-check.json}', '**/node_modules/**', 1);
  return found.length > 0;
}

export async function offerWorkspaceConfig(context: ExtensionContext, summary: SysplexSummary): Promise<void> {
  const dismissed = context.workspaceState.get<boolean>(CONFIG_OFFER_DISMISSED_KEY, false);
  if (dismissed || summary.stacks.length <= 1) return;
  if (!shouldOfferConfig({ stacks: summary.stacks.length, hasConfigFile: await hasConfigFile(), dismissed })) return;
  const names = summary.stacks.slice(0, 4).map((stack) => stack.name).join(', ');
  const choice = await window.showInformationMessage(
    `VIPA: this workspace has ${summary.stacks.length} TCP/IP stacks (${names}${summary.stacks.length > 4 ? ', …' : ''}) but no vipa-check.json. A config names each stack's system and sysplex and maps data sets for INCLUDE.`,
    CREATE,
    NEVER,
  );
  await context.workspaceState.update(CONFIG_OFFER_DISMISSED_KEY, true);
  if (choice !== CREATE) return;
  const available = await commands.getCommands(true);
  if (available.includes(CREATE_CONFIG_COMMAND)) await commands.executeCommand(CREATE_CONFIG_COMMAND);
  else void window.showWarningMessage('VIPA: this version cannot create the config yet; see "vipa-check.json" in the README for its format.');
}
