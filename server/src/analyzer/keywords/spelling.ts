/**
 * "Did you mean": the keywords of the table closest to a misspelt word. A keyword is as close as its
 * closest accepted spelling (IBM's minimum abbreviation up to the full name), so `VIPABAKUP` is one
 * edit from VIPABACKUP and `VIPADEFNE` one edit from the accepted abbreviation `VIPADEF`. The
 * distance is the optimal string alignment distance (insert, delete, replace, swap two neighbours):
 * the typing mistakes people make. One dynamic-programming table per keyword gives the distance to
 * every prefix of its name at once (the last row), so a word is compared in O(|word| x |name|).
 */
import type { KeywordInfo } from './keyword-info.js';

export interface SpellingSuggestion {
  info: KeywordInfo;
  /** Edits from the word to the keyword's closest accepted spelling. */
  distance: number;
}

/** Edits allowed for a word of this length: short words have too many neighbours to guess. */
export function allowedDistance(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/** Distance from `word` to the closest accepted spelling of `info` (upper-case word). */
export function spellingDistance(word: string, info: KeywordInfo): number {
  const name = info.name;
  const rows = word.length + 1;
  const columns = name.length + 1;
  // table[i][j]: distance between word[0, i) and name[0, j).
  const table: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(columns).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < columns; j++) table[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = word[i - 1] === name[j - 1] ? 0 : 1;
      let best = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && word[i - 1] === name[j - 2] && word[i - 2] === name[j - 1]) best = Math.min(best, table[i - 2][j - 2] + 1);
      table[i][j] = best;
    }
  }
  const last = table[rows - 1];
  let distance = Number.MAX_SAFE_INTEGER;
  for (let length = Math.max(1, info.minimum); length < columns; length++) distance = Math.min(distance, last[length]);
  return distance;
}

/**
 * The closest candidates within the allowed distance (all at the smallest distance found), best first: those
 * `preferred` says fit the place (inside VIPADYNAMIC, the statement's own parameters), then the
 * shorter name. A word that already is an accepted spelling of a candidate gets no suggestion.
 */
export function suggestKeywords(word: string, candidates: Iterable<KeywordInfo>, preferred: (info: KeywordInfo) => boolean = () => true, limit = 3): SpellingSuggestion[] {
  const upper = word.toUpperCase();
  const maximum = allowedDistance(upper.length);
  if (maximum === 0 || !/^[A-Z@#$][A-Z0-9@#$_]*$/.test(upper)) return [];
  const found = new Map<string, SpellingSuggestion & { fits: boolean }>();
  for (const info of candidates) {
    // Too long for the full name, or too short for the minimum abbreviation, by more than allowed.
    if (upper.length - info.name.length > maximum || info.minimum - upper.length > maximum) continue;
    const distance = spellingDistance(upper, info);
    if (distance === 0) return [];
    if (distance > maximum) continue;
    const fits = preferred(info);
    const known = found.get(info.name);
    if (!known || distance < known.distance || (distance === known.distance && fits && !known.fits)) found.set(info.name, { info, distance, fits });
  }
  const sorted = [...found.values()].sort((a, b) => a.distance - b.distance || Number(b.fits) - Number(a.fits) || a.info.name.length - b.info.name.length || a.info.name.localeCompare(b.info.name));
  // Only the closest: a second guess one edit further away is noise next to a near-certain one.
  return sorted
    .filter((entry) => entry.distance === sorted[0].distance)
    .slice(0, limit)
    .map(({ info, distance }) => ({ info, distance }));
}
