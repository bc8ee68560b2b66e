/**
 * When to offer creating vipa-check.json (no vscode import, so unit tests can call it): the
 * workspace has profiles making more than one candidate stack, no config file, and the user has not
 * dismissed the offer before. One stack needs no config: its name and sysplex are obvious.
 */
export interface ConfigOfferFacts {
  /** Stacks the server found (every profile no other profile INCLUDEs). */
  stacks: number;
  hasConfigFile: boolean;
  dismissed: boolean;
}

export function shouldOfferConfig(facts: ConfigOfferFacts): boolean {
  return !facts.dismissed && !facts.hasConfigFile && facts.stacks > 1;
}

/** workspaceState key: set once the notification was answered or closed. */
export const CONFIG_OFFER_DISMISSED_KEY = 'vipaCheck.configOffer.dismissed';
export const CREATE_CONFIG_COMMAND = 'vipaCheck.createWorkspaceConfig';
