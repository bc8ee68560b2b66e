/**
 * System symbol substitution (&NAME. / &NAME), done per stack because one INCLUDE member may be
 * shared by stacks whose symbols differ. As in z/OS, a period right after the name ends the symbol
 * and is consumed (&SYSNAME..TCPPARMS -> SYSA.TCPPARMS); without it the name ends at the first
 * character that cannot be part of a name.
 */
import { normalizeSymbolName } from '../config/workspace-config.js';

export { normalizeSymbolName };

const SYMBOL = /&([A-Za-z@#$_][A-Za-z0-9@#$_]*)(\.?)/g;

export interface Substitution {
  text: string;
  /** Upper-case names with no value. */
  unresolved: string[];
}

/**
 * Stack symbols first, then the global ones; both keyed by normalized name. An empty value is a
 * placeholder (vipa-check init writes "" for each symbol it could not resolve): the symbol stays
 * unresolved until the user fills it in.
 */
export function symbolTable(...layers: (Record<string, string> | undefined)[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const layer of [...layers].reverse()) {
    if (!layer) continue;
    for (const [name, value] of Object.entries(layer)) {
      if (value === '') continue;
      table[normalizeSymbolName(name)] = value;
    }
  }
  return table;
}

export function substituteSymbols(text: string, symbols: Record<string, string>): Substitution {
  const unresolved: string[] = [];
  const result = text.replace(SYMBOL, (whole, name: string) => {
    const key = name.toUpperCase();
    if (Object.prototype.hasOwnProperty.call(symbols, key)) return symbols[key];
    unresolved.push(key);
    return whole;
  });
  return { text: result, unresolved };
}

export function containsSymbolReference(text: string): boolean {
  return /&[A-Za-z@#$_]/.test(text);
}
