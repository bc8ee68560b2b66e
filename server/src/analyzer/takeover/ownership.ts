/**
 * Who holds a DVIPA in a given state of the sysplex (a set of stacks that are up), and where it is
 * distributed. Sources (profile-syntax.md §2.1, §2.2, §2.5, §4.3):
 *  - with every stack up, the VIPADEFINE stack owns it ([VDEF]);
 *  - without any VIPADEFINE, a VIPABACKUP with MOVEABLE IMMEDIATE|WHENIDLE and a mask "will be
 *    activated when the profile statement is processed, if it is not active elsewhere in the sysplex
 *    already" (vipa_vipabackup.htm); a VIPABACKUP without MOVEABLE "will only take over an existing
 *    DVIPA" (IBM Q&A dwa1433874), so with no VIPADEFINE and no MOVEABLE backup it is never active;
 *  - when its holder fails, "the backup stack automatically activates the DVIPA"
 *    (vipa_dyn_plan_for_takeover.htm), the highest rank first ([VBAK]); a VIPABACKUP without MOVEABLE
 *    takes over an existing DVIPA just the same;
 *  - CPCSCOPE: no takeover by a stack in a different CPC ([VDEF]).
 *  - MOVEABLE on the VIPADEFINE says when the DVIPA moves back once its owner returns: IMMEDIATE at
 *    once, existing connections kept; WHENIDLE when the holder has no connections left (SMF type 119
 *    DVIPA section, NMTP_DVCFMoveImmed). Not coded: IMMEDIATE (IBM's Netstat VIPADCFG example shows
 *    "Moveable: Immediate" for a VIPADEFINE coded without MOVEABLE). It does not change who takes over.
 * Not documented by IBM, kept conservative and said so in the result:
 *  - UNCONFIRMED: which of two backups with the same rank takes over. The first in workspace order
 *    is assumed and every tied stack is listed (`candidates`).
 *  - UNCONFIRMED: a second VIPADEFINE stack is placed before every VIPABACKUP (IBM's contention rules
 *    make the stack that loses the VIPADEFINE contention a backup; its rank is not documented).
 *  - UNCONFIRMED: with several MOVEABLE backups and no VIPADEFINE, the one that starts first creates
 *    the DVIPA; the highest-ranked one is assumed and the others are listed as candidates.
 */
import type { DvipaDefinition, DvipaTakeover, TakeoverStack } from '../model/takeover-types.js';

export type HoldReason = 'owner' | 'second-owner' | 'created-by-backup' | 'takeover' | 'never-active' | 'no-takeover';

export interface DvipaState {
  /** The stack holding the DVIPA; undefined when it is not active anywhere. */
  holder?: string;
  /** The definition that makes the holder hold it. */
  definition?: DvipaDefinition;
  how: HoldReason;
  /** Stacks that could equally hold it (a rank tie, duplicate VIPADEFINEs, several MOVEABLE backups). */
  candidates?: string[];
  /** Stacks that were up and defined it but could not take it over, with why (CPCSCOPE). */
  refused?: { stack: string; reason: string }[];
}

export interface DistributionState {
  distributor: string;
  /** Targets that are up (the distributor included when it names itself in DESTIP). */
  targets: string[];
  ports: { from: number; to: number }[];
  distMethod: string;
}

/** The DVIPA's holder with every stack up. */
export function initialState(dvipa: DvipaTakeover): DvipaState {
  if (dvipa.owners.length > 0) {
    const [owner] = dvipa.owners;
    const candidates = dvipa.owners.length > 1 ? dvipa.owners.map((d) => d.stack) : undefined;
    return { holder: owner.stack, definition: owner, how: 'owner', candidates };
  }
  const moveable = dvipa.backups.filter((backup) => backup.moveable !== undefined);
  if (moveable.length === 0) return { how: 'never-active' };
  return {
    holder: moveable[0].stack,
    definition: moveable[0],
    how: 'created-by-backup',
    candidates: moveable.length > 1 ? moveable.map((d) => d.stack) : undefined,
  };
}

/** The holder after the stacks not in `up` went down, starting from `before`. */
export function stateAfter(dvipa: DvipaTakeover, before: DvipaState, up: ReadonlySet<string>, stacks: ReadonlyMap<string, TakeoverStack>): DvipaState {
  if (!before.holder) return before;
  if (up.has(before.holder)) return before;
  const failedCpc = stacks.get(before.holder)?.cpc;
  const refused: { stack: string; reason: string }[] = [];
  const eligible = (definition: DvipaDefinition): boolean => {
    if (!up.has(definition.stack) || definition.stack === before.holder) return false;
    const cpc = stacks.get(definition.stack)?.cpc;
    if (dvipa.cpcScope && failedCpc && cpc && cpc !== failedCpc) {
      refused.push({ stack: definition.stack, reason: `CPCSCOPE: ${definition.stack} is on CPC ${cpc}, ${before.holder} on ${failedCpc}` });
      return false;
    }
    return true;
  };
  const owners = dvipa.owners.filter(eligible);
  if (owners.length > 0) {
    return { holder: owners[0].stack, definition: owners[0], how: 'second-owner', candidates: owners.length > 1 ? owners.map((d) => d.stack) : undefined, refused: nonEmpty(refused) };
  }
  const backups = dvipa.backups.filter(eligible);
  if (backups.length === 0) return { how: 'no-takeover', refused: nonEmpty(refused) };
  const top = backups[0];
  const tied = backups.filter((backup) => backup.rank === top.rank);
  return { holder: top.stack, definition: top, how: 'takeover', candidates: tied.length > 1 ? tied.map((d) => d.stack) : undefined, refused: nonEmpty(refused) };
}

/** Where the holder distributes the DVIPA, with the targets still up; undefined when it does not. */
export function distributionIn(state: DvipaState, up: ReadonlySet<string>): DistributionState | undefined {
  const distribution = state.holder ? state.definition?.distribution : undefined;
  if (!state.holder || !distribution) return undefined;
  return {
    distributor: state.holder,
    targets: distribution.targets.filter((target) => up.has(target)),
    ports: distribution.ports,
    distMethod: distribution.distMethod,
  };
}

/** Every definition of the DVIPA, eligible or not. */
export function allDefinitions(dvipa: DvipaTakeover): DvipaDefinition[] {
  return [...dvipa.owners, ...dvipa.backups, ...dvipa.excluded];
}

/**
 * Whether a stack can ever hold the DVIPA: its VIPABACKUP is in the chain and the DVIPA becomes
 * active somewhere (a VIPADEFINE or a MOVEABLE backup exists). 'never' with why otherwise.
 */
export function holdability(dvipa: DvipaTakeover, stack: string): { can: 'owner' | 'after-takeover' | 'creates' | 'never'; reason?: string } {
  if (dvipa.owners.some((d) => d.stack === stack)) return { can: 'owner' };
  const excluded = dvipa.excluded.find((d) => d.stack === stack);
  if (excluded) return { can: 'never', reason: excluded.reason };
  const backup = dvipa.backups.find((d) => d.stack === stack);
  if (!backup) return { can: 'never', reason: `${stack} does not define ${dvipa.address}` };
  const initial = initialState(dvipa);
  if (!initial.holder) {
    return {
      can: 'never',
      reason: `no stack VIPADEFINEs ${dvipa.address} and no VIPABACKUP of it has MOVEABLE: a VIPABACKUP without MOVEABLE only takes over an existing DVIPA, so ${dvipa.address} never becomes active`,
    };
  }
  if (initial.holder === stack) return { can: 'creates' };
  return { can: 'after-takeover' };
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** "8000", "8000-8010" per port spec. */
export function describePorts(ports: readonly { from: number; to: number }[]): string {
  return ports.map((port) => (port.from === port.to ? String(port.from) : `${port.from}-${port.to}`)).join(' ');
}
