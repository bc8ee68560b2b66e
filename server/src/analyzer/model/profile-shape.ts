/**
 * What a parsed profile holds, as far as deciding its role needs: does it define the stack's own
 * addresses (a start-up profile does), which change statements it has (an OBEYFILE member's), and
 * a normalised form of its text for comparing versions of one profile.
 */
import type { ProfileDocument, Statement } from '../profile/ast.js';

/** Role decisions run on every analysis; a parse is reused until its file changes, so are these. */
function memo<T>(compute: (document: ProfileDocument) => T): (document: ProfileDocument) => T {
  const cache = new WeakMap<ProfileDocument, T>();
  return (document) => {
    let value = cache.get(document);
    if (value === undefined) cache.set(document, (value = compute(document)));
    return value;
  };
}

/** The statements that give a stack its own addresses, as written; empty for OBEYFILE-like members. */
export const stackAddressStatements = memo((document: ProfileDocument): string[] => {
  const found: string[] = [];
  for (const statement of document.statements) {
    switch (statement.kind) {
      case 'HOME':
        if (statement.entries.length > 0) found.push('HOME');
        break;
      case 'INTERFACE':
        if ((statement.action ?? '').toUpperCase() === 'DEFINE' && !statement.virtual && statement.addresses.length > 0) found.push(`INTERFACE ${statement.name?.text ?? ''}`.trim());
        break;
      case 'DEVICE':
        if (!statement.virtual) found.push(`DEVICE ${statement.name?.text ?? ''}`.trim());
        break;
      case 'IPCONFIG':
      case 'IPCONFIG6':
        if (statement.dynamicXcf?.address) found.push(`${statement.kind} DYNAMICXCF`);
        break;
      default:
        break;
    }
  }
  return found;
});

/** Statements that change a running stack rather than start one (VIPADELETE, DELETE, STOP ...). */
export const changeStatements = memo((document: ProfileDocument): string[] => {
  const found = new Set<string>();
  const visit = (statements: readonly Statement[]) => {
    for (const statement of statements) {
      switch (statement.kind) {
        case 'VIPADYNAMIC':
          visit(statement.statements);
          break;
        case 'VIPADELETE':
          found.add('VIPADELETE');
          break;
        case 'VIPARANGE':
          if (statement.action === 'DELETE') found.add('VIPARANGE DELETE');
          break;
        case 'VIPADISTRIBUTE':
          if (statement.action === 'DELETE') found.add('VIPADISTRIBUTE DELETE');
          break;
        case 'INTERFACE': {
          const action = (statement.action ?? '').toUpperCase();
          if (action === 'DELETE' || action === 'DELADDR') found.add(`INTERFACE ${action}`);
          break;
        }
        case 'GENERIC':
          if (statement.name === 'DELETE' || statement.name === 'STOP') found.add(statement.name);
          break;
        default:
          break;
      }
    }
  };
  visit(document.statements);
  return [...found];
});

/** Home address operands as written (upper case), sorted: two versions of one stack's profile share them. */
export const homeAddressKey = memo((document: ProfileDocument): string => {
  const addresses: string[] = [];
  for (const statement of document.statements) {
    if (statement.kind === 'HOME') for (const entry of statement.entries) addresses.push(entry.address.text.toUpperCase());
    else if (statement.kind === 'INTERFACE' && (statement.action ?? '').toUpperCase() !== 'DELETE') for (const value of statement.addresses) addresses.push(value.text.toUpperCase());
    else if ((statement.kind === 'IPCONFIG' || statement.kind === 'IPCONFIG6') && statement.dynamicXcf?.address) addresses.push(statement.dynamicXcf.address.text.toUpperCase());
  }
  return [...new Set(addresses)].sort().join(' ');
});

/**
 * The profile's significant lines (comments dropped, blanks collapsed, upper case), in order, each
 * as a 53-bit hash: comparing versions of a profile needs only which lines are equal, and a
 * workspace keeps these for every profile, so the hashes stand in for the text (a 3,000-line
 * profile: 24 KB instead of some 300 KB of line strings and their join). Two different lines share
 * a hash with a chance of about 2^-53.
 */
export const normalisedLineHashes = memo((document: ProfileDocument): Float64Array => {
  // Words come in text order, so a line's words are consecutive. A word's line is read without
  // building its range where the word offers it (ProfileWord, profile/word-table.ts).
  const hashes: number[] = [];
  const line = new LineHash();
  let current = -1;
  for (const token of document.tokens) {
    const at = (token as { line?: number }).line ?? token.range.start.line;
    if (at !== current) {
      if (current >= 0) hashes.push(line.finish());
      line.reset();
      current = at;
    } else line.add(' ');
    line.add(token.upper);
  }
  if (current >= 0) hashes.push(line.finish());
  return Float64Array.from(hashes);
});

/** One hash of the significant lines in order: equal for two profiles that differ only in comments and blanks. */
export const normalisedTextHash = memo((document: ProfileDocument): string => {
  const text = new LineHash();
  for (const hash of normalisedLineHashes(document)) text.add(hash.toString(36)).add('\n');
  return `${normalisedLineHashes(document).length}:${text.finish().toString(36)}`;
});

/** A 53-bit string hash in two 32-bit lanes (multiply-xor mixing, as in the well-known cyrb53). */
class LineHash {
  private h1 = 0;
  private h2 = 0;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
  }

  add(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  finish(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/**
 * Computes every shape above for one parse, so the role decision of an analysis, which reads them
 * for all profiles at once, finds them ready: the workspace calls it as a step of its own per file
 * (giving the event loop a turn in between) rather than paying for 32 profiles in one step.
 */
export function prepareProfileShape(document: ProfileDocument): void {
  stackAddressStatements(document);
  changeStatements(document);
  homeAddressKey(document);
  normalisedTextHash(document);
}
