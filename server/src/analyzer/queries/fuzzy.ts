/**
 * Fuzzy matching for symbol search, as editors' quick-open does it: the query's characters appear in
 * order in the candidate (case-insensitive); runs of consecutive characters, matches at word starts
 * (after . / : - _ blank, or a lower-to-upper change) and a match at the very start score higher.
 */

const SEPARATORS = new Set(['.', '/', ':', '-', '_', ' ', '(', '@']);

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text[index - 1];
  if (SEPARATORS.has(previous)) return true;
  return previous === previous.toLowerCase() && text[index] !== text[index].toLowerCase();
}

/** Score of `query` against `candidate` (higher is better), or undefined when it does not match. */
export function fuzzyScore(query: string, candidate: string): number | undefined {
  if (query.length === 0) return 0;
  if (query.length > candidate.length) return undefined;
  const lowerQuery = query.toLowerCase();
  const lowerCandidate = candidate.toLowerCase();
  // A contiguous occurrence beats any scattered one: score it directly (earliest word-start first).
  const contiguous = lowerCandidate.indexOf(lowerQuery);
  if (contiguous >= 0) {
    let at = contiguous;
    for (let i = contiguous; i >= 0; i = lowerCandidate.indexOf(lowerQuery, i + 1)) {
      if (isWordStart(candidate, i)) {
        at = i;
        break;
      }
    }
    return 100 + lowerQuery.length * 10 + (at === 0 ? 50 : isWordStart(candidate, at) ? 25 : 0) - Math.min(at, 20) - (candidate.length - query.length) / 10;
  }
  let score = 0;
  let run = 0;
  let position = 0;
  for (const char of lowerQuery) {
    const found = lowerCandidate.indexOf(char, position);
    if (found < 0) return undefined;
    run = found === position && position > 0 ? run + 1 : 0;
    score += 1 + run * 3 + (isWordStart(candidate, found) ? 5 : 0) - Math.min(found - position, 5) / 5;
    position = found + 1;
  }
  return score;
}

/**
 * Every blank-separated term of the query must match the name or the detail; the name weighs more.
 * Undefined when some term matches neither.
 */
export function scoreSymbol(query: string, name: string, detail: string): number | undefined {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return 0;
  let total = 0;
  for (const term of terms) {
    const inName = fuzzyScore(term, name);
    const inDetail = fuzzyScore(term, detail);
    if (inName === undefined && inDetail === undefined) return undefined;
    total += Math.max(inName !== undefined ? inName * 2 : -Infinity, inDetail ?? -Infinity);
  }
  return total;
}
