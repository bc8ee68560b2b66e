/**
 * Parser throughput on one large profile, against the fastest thing that reads the same text: a
 * bare tokenizer that applies the profile's lexical rules (blanks, line ends, ';' comments, quoted
 * strings, words) with charCodeAt and counts words, allocating nothing. The ratio parse/tokenizer
 * says how close the parser is to the limit of a JavaScript pass over the text, whatever the machine.
 */
import { performance } from 'node:perf_hooks';
import { scanProfile } from '../server/src/analyzer/profile/scanner.js';
import { parseProfile } from '../server/src/analyzer/profile/parse-profile.js';

/** Counts the words of a profile by its lexical rules (lexer.ts), with nothing but charCodeAt. */
export function bareTokenize(text: string): number {
  let words = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 12 || code === 11 || code === 0xa0 || code === 10 || code === 13) {
      i++;
    } else if (code === 59) {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === 10 || next === 13) break;
      }
    } else if (code === 34) {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === 34) {
          i++;
          break;
        }
        if (next === 10 || next === 13) break;
      }
      words++;
    } else {
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (next === 32 || next === 9 || next === 12 || next === 11 || next === 0xa0 || next === 10 || next === 13 || next === 59 || next === 34) break;
      }
      words++;
    }
  }
  return words;
}

export interface Throughput {
  megabytes: number;
  tokenizerMbS: number;
  lexerMbS: number;
  parseMbS: number;
}

/** The best of `rounds` runs of each (the least disturbed by other processes on a shared machine). */
export function measureThroughput(text: string, rounds = 5): Throughput {
  const megabytes = text.length / 1024 / 1024;
  const best = (work: () => unknown, times: number) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < times; round++) {
      const started = performance.now();
      work();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return megabytes / (fastest / 1000);
  };
  const tokenizerMbS = best(() => bareTokenize(text), rounds * 4);
  const lexerMbS = best(() => scanProfile(text), rounds);
  const parseMbS = best(() => parseProfile('file:///bench/BIG.TCPIP', text), rounds);
  return { megabytes, tokenizerMbS, lexerMbS, parseMbS };
}
