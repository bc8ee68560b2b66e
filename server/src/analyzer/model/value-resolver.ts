/**
 * Values as one stack sees them: literal addresses pass through, system symbols are substituted
 * with the stack's table, and a symbol without a value is reported (unresolved-symbol, information)
 * and the value skipped, so checks never reason about a guess.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { AddressValue, Word } from '../profile/ast.js';
import type { Location, Range } from '../base/range.js';
import { containsSymbolReference, substituteSymbols } from './symbols.js';
import { maskToPrefixLength, parseAddressText, type ParsedAddress } from '../base/addresses.js';

export class ValueResolver {
  constructor(private readonly symbols: Record<string, string>, private readonly report: (finding: Finding) => void) {}

  /** The address a value stands for; undefined (after reporting) when a symbol has no value. */
  address(value: AddressValue, uri: string): ParsedAddress | undefined {
    if (!value.symbol && value.address && value.family) {
      return { address: value.address, family: value.family, prefixLength: value.prefixLength };
    }
    if (!value.symbol && !containsSymbolReference(value.text)) return undefined;
    const text = this.substitute(value.text, uri, value.range);
    return text === undefined ? undefined : parseAddressText(text.trim());
  }

  /** Prefix length of a dotted mask operand (symbols allowed). */
  mask(mask: AddressValue | Word, uri: string): number | undefined {
    if (!containsSymbolReference(mask.text)) return maskToPrefixLength(mask.text);
    const text = this.substitute(mask.text, uri, mask.range);
    return text === undefined ? undefined : maskToPrefixLength(text);
  }

  reportUnresolved(location: Location, names: string[]): void {
    const unique = [...new Set(names)];
    this.report({
      uri: location.uri,
      range: location.range,
      severity: 'information',
      code: 'unresolved-symbol',
      message: `System symbol ${unique.map((n) => `&${n}.`).join(', ')} has no value in vipa-check.json ("symbols", or the stack's "symbols"); checks skip this value.`,
      data: { symbols: unique },
    });
  }

  private substitute(text: string, uri: string, range: Range): string | undefined {
    const substituted = substituteSymbols(text, this.symbols);
    if (substituted.unresolved.length === 0) return substituted.text;
    this.reportUnresolved({ uri, range }, substituted.unresolved);
    return undefined;
  }
}
