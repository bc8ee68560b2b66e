/**
 * Copies of a profile: a rollback copy (PROFAOLD), a backup (PROFA.BAK), the next version
 * (PROFANEW) next to the profile in use. Two stack profiles that are the same stack's versions are
 * one stack with two versions, not two stacks: otherwise every home address and DVIPA of the stack
 * is reported as a duplicate, and the copy's VIPADEFINE counts as the DVIPA's backup.
 *
 * Two profiles (neither INCLUDEd by another) are versions of one stack when
 *  - their significant text is identical (comments and blanks aside) and it defines home addresses
 *    or one of the names marks a copy, or
 *  - they define the same, non-empty set of home addresses (HOME, INTERFACE IPADDR, DYNAMICXCF, as
 *    written) and at least 80% of their significant lines are the same (Dice coefficient over the
 *    line multisets); two real stacks of a sysplex cannot share home addresses.
 * Which version is the stack: one the config names under `stacks`; else one whose name does not
 * mark a copy (OLD, BAK, BKUP, BACKUP, SAV, COPY, ORIG, PREV, ROLLBACK, NEW, TEMP, TMP ...); else the
 * shorter name; else the first by name. Not an IBM rule: the config (`stacks`, `files`) overrides it.
 */
import type { ProfileDocument } from '../profile/ast.js';
import { stripExtension, uriBasename } from '../base/uris.js';
import { homeAddressKey, normalisedLineHashes, normalisedTextHash } from './profile-shape.js';

export const COPY_SIMILARITY = 0.8;

export interface CopyCandidate {
  uri: string;
  document: ProfileDocument;
  /** Named as a stack profile in the config: always the stack of its group. */
  configured: boolean;
}

export interface ProfileCopy {
  uri: string;
  /** The version taken as the stack. */
  of: string;
  /** Share of equal significant lines, 0..1. */
  similarity: number;
  /** Why, in words. */
  reason: string;
}

const COPY_MARKER = /(OLD|BAK|BKP|BKUP|BACKUP|SAVE?D?|COPY|CPY|ORIG|PREV|PRV|ROLLBACK|ROLLBK|NEW|TEMP|TMP|TEST|PREVIOUS|~)/i;
const COPY_EXTENSION = /\.(bak|old|orig|save|sav|copy|prev|backup|tmp|new)$/i;

export function hasCopyName(uri: string): boolean {
  const name = uriBasename(uri);
  return COPY_EXTENSION.test(name) || name.endsWith('~') || COPY_MARKER.test(stripExtension(name).replace(/^PROFILE/i, ''));
}

interface Prepared extends CopyCandidate {
  /** Significant lines, hashed (profile-shape.ts). */
  lines: Float64Array;
  /** The significant text, hashed. */
  text: string;
  homes: string;
}

/** Groups the candidates into versions of one stack and returns every version that is not the stack. */
export function findProfileCopies(candidates: readonly CopyCandidate[]): ProfileCopy[] {
  const prepared: Prepared[] = candidates.map((candidate) => ({
    ...candidate,
    lines: normalisedLineHashes(candidate.document),
    text: normalisedTextHash(candidate.document),
    homes: homeAddressKey(candidate.document),
  }));
  // Union-find over "same stack" pairs, compared only within a home-address key or identical text.
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const similarity = new Map<string, number>();
  const join = (a: number, b: number, value: number) => {
    similarity.set(`${a}:${b}`, value);
    similarity.set(`${b}:${a}`, value);
    parent[find(a)] = find(b);
  };
  const byText = new Map<string, number>();
  const byHomes = new Map<string, number[]>();
  prepared.forEach((item, i) => {
    if (item.lines.length === 0) return;
    // Identical text is one stack's two versions when it defines the stack's addresses or one name
    // marks a copy; two one-line profiles that only INCLUDE shared members may be two stacks.
    const same = byText.get(item.text);
    if (same !== undefined && (item.homes !== '' || hasCopyName(item.uri) || hasCopyName(prepared[same].uri))) join(i, same, 1);
    else if (same === undefined) byText.set(item.text, i);
    if (item.homes === '') return;
    const group = byHomes.get(item.homes) ?? [];
    for (const j of group) {
      if (find(i) === find(j)) continue;
      const value = dice(item.lines, prepared[j].lines);
      if (value >= COPY_SIMILARITY) join(i, j, value);
    }
    group.push(i);
    byHomes.set(item.homes, group);
  });

  const groups = new Map<number, number[]>();
  prepared.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  const copies: ProfileCopy[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const configured = group.filter((i) => prepared[i].configured);
    const ranked = [...group].sort((a, b) => rank(prepared[a], prepared[b]));
    const stacks = configured.length > 0 ? configured : [ranked[0]];
    const stack = stacks[0];
    for (const i of group) {
      if (stacks.includes(i)) continue;
      const value = similarity.get(`${i}:${stack}`) ?? dice(prepared[i].lines, prepared[stack].lines);
      copies.push({ uri: prepared[i].uri, of: prepared[stack].uri, similarity: value, reason: describe(prepared[i], prepared[stack], value) });
    }
  }
  return copies.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

function rank(a: Prepared, b: Prepared): number {
  const copyA = hasCopyName(a.uri) ? 1 : 0;
  const copyB = hasCopyName(b.uri) ? 1 : 0;
  if (copyA !== copyB) return copyA - copyB;
  const nameA = uriBasename(a.uri);
  const nameB = uriBasename(b.uri);
  return nameA.length - nameB.length || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0);
}

function describe(copy: Prepared, stack: Prepared, value: number): string {
  const sameText = copy.text === stack.text;
  const how = sameText ? 'the same statements' : `${Math.round(value * 100)}% of its lines and the same home addresses`;
  const which = stack.configured
    ? `vipa-check.json names ${uriBasename(stack.uri)} as the stack profile`
    : hasCopyName(copy.uri) && !hasCopyName(stack.uri)
      ? `the name ${uriBasename(copy.uri)} marks a copy`
      : `${uriBasename(stack.uri)} has the shorter name`;
  return `it has ${how} as ${uriBasename(stack.uri)} and no profile INCLUDEs it; ${which}`;
}

/** Dice coefficient of two line multisets. */
function dice(a: Float64Array, b: Float64Array): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<number, number>();
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of b) {
    const left = counts.get(line) ?? 0;
    if (left > 0) {
      common++;
      counts.set(line, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
