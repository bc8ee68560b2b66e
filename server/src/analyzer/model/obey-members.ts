/**
 * Which profiles are OBEYFILE members (data sets for VARY TCPIP,,OBEYFILE), not start-up profiles.
 * Without the config saying so, a profile that no other profile INCLUDEs is taken as one when
 *  - its file or member name contains OBEY (OBEYA1, TCPIP.OBEY.CHG0415, sysa-obey.tcpip), or
 *  - it defines none of the stack's own addresses (no HOME entry, no non-virtual INTERFACE DEFINE
 *    or DEVICE, no IPCONFIG DYNAMICXCF) and has a statement that changes a running stack
 *    (VIPADELETE, VIPARANGE DELETE, VIPADISTRIBUTE DELETE, DELETE, STOP, INTERFACE DELETE/DELADDR).
 * A start-up profile always defines its own addresses; an OBEYFILE member typically holds only
 * VIPADYNAMIC/VIPADELETE, DELETE, PORT or TCPCONFIG changes. Not an IBM rule: a heuristic, and the
 * config's `files` map ("obey", "profile") overrides it.
 */
import type { ProfileDocument } from '../profile/ast.js';
import { stripExtension, uriBasename } from '../base/uris.js';
import { changeStatements, stackAddressStatements } from './profile-shape.js';

/** Why the profile is taken as an OBEYFILE member, or undefined when it is not. */
export function obeyMemberReason(uri: string, document: ProfileDocument): string | undefined {
  const name = uriBasename(uri);
  if (/OBEY/i.test(stripExtension(name)) || /(^|[._-])OBEY([._-]|$)/i.test(name)) return `its name ${name}`;
  if (stackAddressStatements(document).length > 0) return undefined;
  const changes = changeStatements(document);
  if (changes.length === 0) return undefined;
  return `its ${changes.slice(0, 3).join(', ')} statement${changes.length > 1 ? 's' : ''} and no statement defining the stack's own addresses: no HOME, INTERFACE, DEVICE or DYNAMICXCF`;
}
