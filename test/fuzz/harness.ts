/**
 * The fuzz harness shared by `npm run fuzz` (scripts/fuzz.ts, >= 10,000 cases) and `npm test`
 * (test/fuzz/fuzz.test.ts, a few hundred). A case is fully determined by (seed, case number):
 * `npm run fuzz -- --seed N --case K` replays one.
 *
 * Inputs: random token sequences (profile words, Liberty XML pieces) and byte-level mutations
 * (bit flips, byte insertions, deletions, truncation, duplicated lines, spliced chunks) of our own
 * fixtures (test/fixtures) and of ../shared/corpus when it is there (read in place, never copied).
 * The mutated file goes through the whole analyzer (AnalyzerService.analyzeNow), sometimes with the
 * other files of its fixture set so that cross-file checks run on it too.
 *
 * Invariants: the analyzer never throws and reports no internal error; every finding (and its
 * related locations) and every node range of the profile and XML trees lies inside its document;
 * each case is answered in under 1 s.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryHost, fileUri } from '../helpers/memory-host.js';
import { AnalyzerService } from '../../server/src/analyzer/workspace/analyzer-service.js';
import { parseXml } from '../../server/src/analyzer/liberty/xml-document.js';
import { decodeText } from '../../server/src/analyzer/base/text-decoding.js';
import type { Check } from '../../server/src/analyzer/checks/check.js';
import type { AnalysisResult } from '../../server/src/analyzer/workspace/analyzer-service.js';
import { libertyLinks, profileLinks } from '../../server/src/analyzer/queries/document-links.js';
import { libertyValueHints, profileHints } from '../../server/src/analyzer/queries/inlay-values.js';
import { tokenAt, tokenBefore } from '../../server/src/analyzer/queries/profile-position.js';
import { addressAtPosition, endpointHostAt, variableAt } from '../../server/src/analyzer/queries/liberty-position.js';
import { literalAt } from '../../server/src/analyzer/queries/address-literals.js';
import { STATEMENT_KEYWORDS } from '../../server/src/analyzer/keywords/statements.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = join(ROOT, 'test', 'fixtures');
export const CORPUS_DIR = join(ROOT, '..', 'shared', 'corpus');
export const DEFAULT_SEED = 20261202;
export const TIME_LIMIT_MS = 1000;

export interface FuzzSource {
  /** Where it came from, for messages ("fixtures/everyday/profiles/SYSA.tcpip"). */
  name: string;
  kind: 'profile' | 'xml' | 'other';
  /** Path in the case's workspace (memory host), chosen so the analyzer classifies it as `kind`. */
  path: string;
  bytes: Uint8Array;
  /** The other files of its fixture set (workspace path -> bytes). */
  companions: Record<string, Uint8Array>;
}

export interface FuzzSources {
  sources: FuzzSource[];
  /** Says whether the shared corpus was used or why not. */
  corpusNote: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function kindOfPath(path: string): FuzzSource['kind'] {
  if (/\.xml$/i.test(path)) return 'xml';
  if (/\.(md|json|properties|j2|p12|jks)$/i.test(path) || /\/tomcat\//.test(path)) return 'other';
  return 'profile';
}

/** Our fixtures (one set per folder of test/fixtures) and, when present, the shared corpus. */
export function loadSources(): FuzzSources {
  const sources: FuzzSource[] = [];
  for (const set of readdirSync(FIXTURES_DIR).sort()) {
    const setDir = join(FIXTURES_DIR, set);
    if (!statSync(setDir).isDirectory()) continue;
    const files = filesUnder(setDir).map((path) => ({ path: relative(setDir, path).split('\\').join('/'), bytes: new Uint8Array(readFileSync(path)) }));
    const all = Object.fromEntries(files.map((file) => [file.path, file.bytes]));
    for (const file of files) {
      const kind = kindOfPath(`/${file.path}`);
      if (kind === 'other' && !file.path.endsWith('.json') && !file.path.endsWith('.properties')) continue;
      const companions = { ...all };
      delete companions[file.path];
      sources.push({ name: `fixtures/${set}/${file.path}`, kind, path: file.path, bytes: file.bytes, companions });
    }
  }
  let corpusNote: string;
  if (existsSync(CORPUS_DIR)) {
    let count = 0;
    for (const path of filesUnder(CORPUS_DIR)) {
      const name = relative(CORPUS_DIR, path).split('\\').join('/');
      const kind = /\.xml$/i.test(name) ? 'xml' : /\.tcpip$/i.test(name) ? 'profile' : undefined;
      if (!kind) continue;
      count++;
      // Placed where the analyzer takes it for what it is: a Liberty server.xml or a stack profile.
      const at = kind === 'xml' ? 'wlp/usr/servers/corpus/server.xml' : 'profiles/CORPUS.tcpip';
      sources.push({ name: `corpus/${name}`, kind, path: at, bytes: new Uint8Array(readFileSync(path)), companions: {} });
    }
    corpusNote = `shared corpus: ${count} files from ${CORPUS_DIR}`;
  } else {
    corpusNote = `shared corpus not found at ${CORPUS_DIR}: fuzzing our own fixtures only`;
  }
  return { sources, corpusNote };
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of one case: a mix of the run's seed and the case number. */
export function caseSeed(seed: number, caseNumber: number): number {
  let h = (seed ^ Math.imul(caseNumber + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Random = () => number;
const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const int = (next: Random, max: number): number => Math.floor(next() * max);

const PROFILE_WORDS = [
  ...STATEMENT_KEYWORDS.map((keyword) => keyword.name),
  'END', 'ENDVIPADYNAMIC', 'VIPADEFINE', 'VIPABACKUP', 'VIPARANGE', 'VIPADISTRIBUTE', 'VIPAROUTE', 'DEFINE', 'DESTIP', 'ALL',
  'DISTMETHOD', 'HOTSTANDBY', 'PREFERRED', 'BACKUP', 'MOVEABLE', 'IMMEDIATE', 'NONDISRUPTIVE', 'SERVICEMGR', 'PORT', 'TCP', 'UDP',
  'BIND', 'SHAREPORT', 'DYNAMICXCF', 'SYSPLEXROUTING', 'INTF', 'IPADDR', 'DEFINE', 'IPAQENET', 'VLANID', 'INCLUDE',
  '10.1.1.1', '10.1.1.1/24', '255.255.255.0', '127.0.0.1', '0.0.0.0', '::', '2001:db8::1', '2001:db8::/64', 'fe80::1%x', '999.1.1.1',
  '1', '0', '254', '255', '65535', '99999999999999999999', '-1', '&SYSNAME.', '&X', '&.', '"', '"quoted text"', "'", 'USER.TCPPARMS(VIPAS)',
  "//'SYS1.TCPPARMS(X)'", 'DD:PROFILE', '/etc/x', '*', 'X', '(', ')', ',', '=', '\t', '\u00a0', '\u2028', 'é', '\ufffd', '\u0000',
];
const PROFILE_SEPARATORS = [' ', ' ', ' ', '\n', '\n', '\r\n', '\r', '; a comment\n', ';', '  '];

function randomProfile(next: Random): string {
  const words = 1 + int(next, 400);
  let text = '';
  for (let i = 0; i < words; i++) text += pick(next, PROFILE_WORDS) + pick(next, PROFILE_SEPARATORS);
  return text;
}

const XML_PIECES = [
  '<server>', '</server>', '<server description="x">', '<httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080" httpsPort="9443"/>',
  '<httpEndpoint', ' host="10.1.1.1"', ' host="${h}"', " host='${env.HOST}'", ' id="e"', ' httpPort="${p}"', '/>', '>', '<', '</', '"', "'", '=',
  '<include location="inc.xml"/>', '<include location="${server.config.dir}/x.xml" optional="true"/>', '<include location="server.xml"/>',
  '<include location="../../../../etc/passwd"/>', '<include location="file:///etc/passwd"/>', '<include location="http://example.com/x.xml"/>',
  '<variable name="h" value="10.1.9.20"/>', '<variable name="h" value="${h}"/>', '<variable name="p" defaultValue="9080"/>',
  '<keyStore id="defaultKeyStore" location="key.p12" password="x"/>', '<ssl id="s" keyStoreRef="defaultKeyStore"/>',
  '<!-- c -->', '<!--', '-->', '<![CDATA[ <x> ]]>', '<?xml version="1.0"?>', '<!DOCTYPE server [<!ENTITY a "b">]>',
  '<!DOCTYPE server SYSTEM "file:///etc/passwd">', '&amp;', '&lt;', '&a;', '&#65;', '&#x10FFFF;', '&#0;', '&', '${', '}', '\n', ' ', '\t', '\r',
  'text', '\ufeff', '\u0000', 'é',
];

function randomXml(next: Random): string {
  const pieces = 1 + int(next, 200);
  let text = next() < 0.7 ? '<server>' : '';
  for (let i = 0; i < pieces; i++) text += pick(next, XML_PIECES);
  return text;
}

/** Byte-level mutations: the bytes may stop being valid UTF-8, as after a bad transfer. */
export function mutateBytes(input: Uint8Array, next: Random, vocabulary: readonly string[] = []): Uint8Array {
  let bytes = Array.from(input);
  const operations = 1 + int(next, 6);
  for (let i = 0; i < operations; i++) {
    const at = int(next, bytes.length + 1);
    switch (int(next, 9)) {
      case 7: // a word of the language (or a lone CR, which is a line break for LSP)
        bytes.splice(at, 0, ...(next() < 0.2 || vocabulary.length === 0 ? [13] : Array.from(encoder.encode(` ${pick(next, vocabulary)} `))));
        break;
      case 8: // a UTF-8 BOM or an ISPF sequence number glued on
        bytes.splice(at, 0, ...(next() < 0.5 ? [0xef, 0xbb, 0xbf] : Array.from(encoder.encode('00010000'))));
        break;
      case 0: // bit flip
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] ^= 1 << int(next, 8);
        break;
      case 1: // random bytes inserted
        bytes.splice(at, 0, ...Array.from({ length: 1 + int(next, 8) }, () => int(next, 256)));
        break;
      case 2: // a run deleted
        bytes.splice(at, 1 + int(next, 64));
        break;
      case 3: // truncated
        bytes = bytes.slice(0, at);
        break;
      case 4: {
        // a line duplicated (possibly many times)
        const start = bytes.lastIndexOf(10, at - 1) + 1;
        let end = bytes.indexOf(10, at);
        if (end < 0) end = bytes.length;
        const line = bytes.slice(start, end + 1);
        const times = next() < 0.1 ? 200 : 1 + int(next, 3);
        for (let t = 0; t < times; t++) bytes.splice(end + 1, 0, ...line);
        break;
      }
      case 5: {
        // a chunk of the file copied elsewhere
        const from = int(next, bytes.length + 1);
        bytes.splice(at, 0, ...bytes.slice(from, from + 1 + int(next, 120)));
        break;
      }
      default: // a random ASCII byte replaced
        if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = 32 + int(next, 95);
    }
  }
  return Uint8Array.from(bytes);
}

const encoder = new TextEncoder();

export interface FuzzCase {
  seed: number;
  caseNumber: number;
  /** One line: what was fuzzed and how. */
  description: string;
  files: Record<string, Uint8Array>;
  /** Workspace path of the fuzzed file. */
  target: string;
}

export function makeCase(sources: readonly FuzzSource[], seed: number, caseNumber: number): FuzzCase {
  const next = prng(caseSeed(seed, caseNumber));
  const choice = next();
  if (choice < 0.15) {
    const profile = next() < 0.6;
    const target = profile ? 'profiles/TOKENS.tcpip' : 'wlp/usr/servers/tokens/server.xml';
    const text = profile ? randomProfile(next) : randomXml(next);
    const files: Record<string, Uint8Array> = { [target]: encoder.encode(text) };
    // An included file for the XML's <include location="inc.xml"/>, itself random.
    if (!profile) files['wlp/usr/servers/tokens/inc.xml'] = encoder.encode(randomXml(next));
    return { seed, caseNumber, description: `random ${profile ? 'profile' : 'XML'} tokens`, files, target };
  }
  const source = pick(next, sources);
  const files: Record<string, Uint8Array> = next() < 0.3 ? { ...source.companions } : {};
  // Now and then a companion is broken too, so that cross-file checks meet two bad files at once.
  let alsoMutated = 0;
  for (const path of Object.keys(files)) {
    if (next() >= 0.15) continue;
    files[path] = mutateBytes(files[path], next, /\.xml$/i.test(path) ? XML_PIECES : PROFILE_WORDS);
    alsoMutated++;
  }
  files[source.path] = mutateBytes(source.bytes, next, source.kind === 'xml' ? XML_PIECES : PROFILE_WORDS);
  const companions = Object.keys(files).length - 1;
  const context = companions > 0 ? ` with ${companions} other files of its set${alsoMutated > 0 ? ` (${alsoMutated} mutated too)` : ''}` : '';
  return { seed, caseNumber, description: `mutated ${source.name}${context}`, files, target: source.path };
}

/** A memory host that decodes bytes as the Node file host does (BOMs, UTF-16, undecodable bytes). */
class BytesHost extends MemoryHost {
  override readText(uri: string): string | undefined {
    const bytes = this.readBytes(uri);
    return bytes === undefined ? undefined : decodeText(bytes).text;
  }
}

export interface CaseOutcome {
  failures: string[];
  durationMs: number;
  findings: number;
}

/** LSP line lengths (a line ends at \r\n, \r or \n). */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

interface RangeLike {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isRange(value: unknown): value is RangeLike {
  const candidate = value as RangeLike;
  return typeof candidate?.start?.line === 'number' && typeof candidate?.end?.character === 'number';
}

function rangeProblem(range: RangeLike, lines: number[]): string | undefined {
  const inside = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  if (!inside(range.start) || !inside(range.end)) return `${JSON.stringify(range)} is outside the document (${lines.length} lines)`;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return `${JSON.stringify(range)} ends before it starts`;
  return undefined;
}

/** Every range-shaped object reachable from `root` (a syntax tree), checked against the document. */
function treeRangeProblems(root: unknown, lines: number[], what: string, skipKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0 && problems.length < 3) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isRange(value)) {
      const problem = rangeProblem(value, lines);
      if (problem) problems.push(`${what} node range ${problem}`);
      continue;
    }
    for (const [key, child] of Object.entries(value)) if (!skipKeys.has(key)) stack.push(child);
  }
  return problems;
}

const PROFILE_SKIP = new Set(['findings', 'uri']);

/**
 * What the editor asks of a broken file: document links, inlay hints and the position queries
 * behind hover, completion and definition, at a few random positions (inside and just past the
 * end of lines). None may throw (the caller catches); links must lie inside the document.
 */
function queryProblems(service: AnalyzerService, result: AnalysisResult, uri: string, text: string, lines: number[], next: Random): string[] {
  const problems: string[] = [];
  const document = service.kindOf(uri) === 'profile' ? service.profile(uri) : undefined;
  const links = document ? profileLinks(result, uri) : libertyLinks(result, uri, text);
  for (const link of links) {
    const problem = rangeProblem(link.range, lines);
    if (problem) problems.push(`document link ${problem}`);
  }
  if (document) profileHints(result, uri, document);
  else libertyValueHints(result, uri, text);
  for (let i = 0; i < 5; i++) {
    const line = int(next, lines.length);
    const position = { line, character: int(next, lines[line] + 2) };
    if (document) {
      tokenAt(document, position);
      tokenBefore(document, position);
    } else {
      endpointHostAt(result, uri, position);
      variableAt(result, uri, text, position);
      addressAtPosition(result, uri, position);
    }
    literalAt(text, position);
  }
  return problems;
}
const XML_SKIP = new Set(['lines', 'problems']);

/** `checks` replaces the real checks (the harness's own test shows that it catches failures). */
export function runCase(fuzzCase: FuzzCase, checks?: readonly Check[]): CaseOutcome {
  const failures: string[] = [];
  const host = new BytesHost(fuzzCase.files);
  const service = new AnalyzerService(host, { checks, onInternalError: (error, source) => failures.push(`internal error in ${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`) });
  const started = performance.now();
  let findings = 0;
  try {
    service.setFiles(host.uris());
    const result = service.analyzeNow();
    const textOf = (uri: string): string | undefined => host.readText(uri);
    for (const [uri, list] of result.findingsByUri) {
      const text = textOf(uri);
      if (text === undefined) continue;
      const lines = lineLengths(text);
      for (const finding of list) {
        findings++;
        if (finding.code === 'internal-error') failures.push(`internal-error finding on ${uri}: ${finding.message}`);
        const problem = rangeProblem(finding.range, lines);
        if (problem) failures.push(`${finding.code} on ${uri}: ${problem}`);
        for (const related of finding.related ?? []) {
          const relatedText = textOf(related.location.uri);
          const relatedProblem = relatedText === undefined ? undefined : rangeProblem(related.location.range, lineLengths(relatedText));
          if (relatedProblem) failures.push(`${finding.code} related location on ${related.location.uri}: ${relatedProblem}`);
        }
      }
    }
    const targetUri = fileUri(fuzzCase.target);
    const text = textOf(targetUri) ?? '';
    const lines = lineLengths(text);
    if (service.kindOf(targetUri) === 'profile') {
      const document = service.profile(targetUri);
      if (document) failures.push(...treeRangeProblems(document, lines, 'profile', PROFILE_SKIP));
    }
    failures.push(...queryProblems(service, result, targetUri, text, lines, prng(caseSeed(fuzzCase.seed, fuzzCase.caseNumber) ^ 0x5bd1e995)));
    if (/\.xml$/i.test(fuzzCase.target)) failures.push(...treeRangeProblems(parseXml(text), lines, 'XML', XML_SKIP));
  } catch (error) {
    failures.push(`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const durationMs = performance.now() - started;
  if (durationMs > TIME_LIMIT_MS) failures.push(`took ${durationMs.toFixed(0)} ms (limit ${TIME_LIMIT_MS} ms)`);
  return { failures, durationMs, findings };
}

export interface RunSummary {
  cases: number;
  failed: { caseNumber: number; description: string; failures: string[] }[];
  totalMs: number;
  slowestMs: number;
  slowestCase: number;
}

let warm = false;

/**
 * Loads the XML parser and the profile grammar before the clock runs: building them is a one-off
 * start-up cost of the language server (hundreds of ms), not part of answering a file.
 */
export function warmUp(): void {
  if (warm) return;
  warm = true;
  runCase({ seed: 0, caseNumber: -1, description: 'warm-up', target: 'p/PROFILE.TCPIP', files: { 'p/PROFILE.TCPIP': encoder.encode('HOME 10.1.1.1 L1\n'), 'wlp/usr/servers/w/server.xml': encoder.encode('<server/>') } });
}

export function runCases(sources: readonly FuzzSource[], seed: number, caseNumbers: Iterable<number>, onProgress?: (done: number) => void): RunSummary {
  warmUp();
  const summary: RunSummary = { cases: 0, failed: [], totalMs: 0, slowestMs: 0, slowestCase: -1 };
  for (const caseNumber of caseNumbers) {
    const fuzzCase = makeCase(sources, seed, caseNumber);
    const outcome = runCase(fuzzCase);
    summary.cases++;
    summary.totalMs += outcome.durationMs;
    if (outcome.durationMs > summary.slowestMs) {
      summary.slowestMs = outcome.durationMs;
      summary.slowestCase = caseNumber;
    }
    if (outcome.failures.length > 0) summary.failed.push({ caseNumber, description: fuzzCase.description, failures: outcome.failures });
    onProgress?.(summary.cases);
  }
  return summary;
}
