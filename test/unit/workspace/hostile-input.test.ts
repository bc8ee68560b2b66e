// Broken and hostile input through the whole analyzer: encodings, EBCDIC garbage, ISPF sequence
// numbers, one huge line. Time bounds are generous ceilings that catch a hang or a quadratic blow-up,
// not benchmarks (the figures are printed by `npm run fuzz` and `npm run bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyzerService } from '../../../server/src/analyzer/workspace/analyzer-service.js';
import { decodeText, notTextReason } from '../../../server/src/analyzer/base/text-decoding.js';
import { MemoryHost, fileUri } from '../../helpers/memory-host.js';
import type { Finding } from '../../../server/src/analyzer/diagnostics/finding.js';

/** A memory host that decodes bytes as the Node file host does. */
class BytesHost extends MemoryHost {
  override readText(uri: string): string | undefined {
    const bytes = this.readBytes(uri);
    return bytes === undefined ? undefined : decodeText(bytes).text;
  }
}

function analyze(files: Record<string, string | Uint8Array>): { findings: (path: string) => Finding[]; ms: number; service: AnalyzerService } {
  const host = new BytesHost(files);
  const errors: unknown[] = [];
  const service = new AnalyzerService(host, { onInternalError: (error) => errors.push(error) });
  service.setFiles(host.uris());
  const started = performance.now();
  const result = service.analyzeNow();
  const ms = performance.now() - started;
  assert.deepEqual(errors, []);
  return { findings: (path) => result.findingsByUri.get(fileUri(path)) ?? [], ms, service };
}

const PROFILE = 'VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.20\nENDVIPADYNAMIC\nHOME 10.1.1.1 OSA1\n';
const codes = (findings: Finding[]) => findings.map((finding) => finding.code).sort();

/** EBCDIC (code page 037) for the letters, digits and blanks of a profile line. */
function ebcdic(text: string): Uint8Array {
  const table: Record<string, number> = { ' ': 0x40, '.': 0x4b, '\n': 0x25 };
  'ABCDEFGHI'.split('').forEach((c, i) => (table[c] = 0xc1 + i));
  'JKLMNOPQR'.split('').forEach((c, i) => (table[c] = 0xd1 + i));
  'STUVWXYZ'.split('').forEach((c, i) => (table[c] = 0xe2 + i));
  '0123456789'.split('').forEach((c, i) => (table[c] = 0xf0 + i));
  return Uint8Array.from(text.toUpperCase().split('').map((c) => table[c] ?? 0x40));
}

test('UTF-8 with and without BOM and UTF-16 with BOM read the same', () => {
  const utf8 = new TextEncoder().encode(PROFILE);
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
  const utf16le = Uint8Array.from([0xff, 0xfe, ...Array.from(PROFILE).flatMap((c) => [c.charCodeAt(0), 0])]);
  const utf16be = Uint8Array.from([0xfe, 0xff, ...Array.from(PROFILE).flatMap((c) => [0, c.charCodeAt(0)])]);
  assert.equal(decodeText(bom).text, PROFILE);
  assert.equal(decodeText(utf16le).encoding, 'utf-16le');
  assert.equal(decodeText(utf16be).text, PROFILE);
  const plain = analyze({ 'SYSA/PROFILE.TCPIP': utf8 }).findings('SYSA/PROFILE.TCPIP');
  assert.ok(plain.some((finding) => finding.code === 'no-backup'), 'the plain profile is checked');
  for (const bytes of [bom, utf16le, utf16be]) {
    const findings = analyze({ 'SYSA/PROFILE.TCPIP': bytes }).findings('SYSA/PROFILE.TCPIP');
    assert.deepEqual(findings.map((f) => [f.code, f.range]), plain.map((f) => [f.code, f.range]));
  }
});

test('an EBCDIC profile (binary transfer) gets one file-not-text warning, not garbage findings', () => {
  const bytes = ebcdic(PROFILE.repeat(5));
  const findings = analyze({ 'SYSA/PROFILE.TCPIP': bytes }).findings('SYSA/PROFILE.TCPIP');
  assert.deepEqual(codes(findings), ['file-not-text']);
  assert.equal(findings[0].severity, 'warning');
  assert.match(findings[0].message, /EBCDIC/);
  assert.deepEqual(findings[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('binary bytes and UTF-16 without BOM are not text; a few stray bytes are', () => {
  const binary = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
  const utf16NoBom = Uint8Array.from(Array.from(PROFILE).flatMap((c) => [c.charCodeAt(0), 0]));
  assert.deepEqual(codes(analyze({ 'SYSA/PROFILE.TCPIP': binary }).findings('SYSA/PROFILE.TCPIP')), ['file-not-text']);
  assert.match(notTextReason(decodeText(utf16NoBom).text) ?? '', /UTF-16 without a byte order mark/);
  const stray = new TextEncoder().encode(PROFILE + '; caf\u00e9 \u0001\n');
  assert.equal(notTextReason(decodeText(stray).text), undefined);
  assert.ok(!codes(analyze({ 'SYSA/PROFILE.TCPIP': stray }).findings('SYSA/PROFILE.TCPIP')).includes('file-not-text'));
  assert.equal(notTextReason(''), undefined);
});

test('an EBCDIC member of a TCPPARMS library (no extension) is reported, not ignored', () => {
  const findings = analyze({ 'SYS1.TCPPARMS/PROFA': ebcdic(PROFILE.repeat(5)) }).findings('SYS1.TCPPARMS/PROFA');
  assert.deepEqual(codes(findings), ['file-not-text']);
});

test('a binary server.xml gets file-not-text and no XML syntax errors', () => {
  const binary = Uint8Array.from({ length: 4000 }, (_, i) => (i * 31 + 7) % 256);
  const findings = analyze({ 'wlp/usr/servers/a/server.xml': binary }).findings('wlp/usr/servers/a/server.xml');
  assert.ok(findings.some((finding) => finding.code === 'file-not-text'));
  assert.ok(!findings.some((finding) => finding.code === 'xml-syntax-error'));
});

test('ISPF sequence numbers in columns 73-80: one sequence-numbers warning, the statements still checked', () => {
  const numbered = PROFILE.trimEnd()
    .split('\n')
    .map((line, i) => `${line.padEnd(72)}${String((i + 1) * 100).padStart(8, '0')}`)
    .join('\n');
  const findings = analyze({ 'SYSA/PROFILE.TCPIP': numbered }).findings('SYSA/PROFILE.TCPIP');
  assert.deepEqual(codes(findings), ['no-backup', 'sequence-numbers']);
  const sequence = findings.find((finding) => finding.code === 'sequence-numbers')!;
  assert.equal(sequence.severity, 'warning');
  assert.deepEqual(sequence.range, { start: { line: 0, character: 72 }, end: { line: 0, character: 80 } });
  assert.match(sequence.message, /columns 73–80 on 4 of 4 lines/);
  // Without the blanking, every line would give a syntax error or an unknown value.
  assert.ok(!findings.some((finding) => finding.code === 'syntax-error'));
});

test('one long line ending in digits is not taken for sequence numbers', () => {
  const text = `${PROFILE}; ${'x'.repeat(68)}12345678\n${PROFILE}`;
  const findings = analyze({ 'SYSA/PROFILE.TCPIP': text }).findings('SYSA/PROFILE.TCPIP');
  assert.ok(!findings.some((finding) => finding.code === 'sequence-numbers'));
});

test('a 1 MB single line does not stall the analyzer (profile and server.xml)', () => {
  const profileLine = `HOME ${'10.1.1.1 OSA1 '.repeat(75_000)}`;
  const xmlLine = `<server>${'<httpEndpoint id="e" host="*" httpPort="9080"/>'.repeat(22_000)}</server>`;
  const garbageLine = 'x=1 y="2" > \' " '.repeat(80_000);
  assert.ok(profileLine.length > 1_000_000 && xmlLine.length > 1_000_000 && garbageLine.length > 1_000_000);
  const profile = analyze({ 'SYSA/PROFILE.TCPIP': profileLine });
  assert.ok(profile.ms < 10_000, `profile: ${profile.ms.toFixed(0)} ms`);
  const xml = analyze({ 'wlp/usr/servers/a/server.xml': xmlLine });
  assert.ok(xml.ms < 10_000, `server.xml: ${xml.ms.toFixed(0)} ms`);
  // Over the XML reader's own limit: one information finding instead of seconds of parsing.
  const refused = codes(xml.findings('wlp/usr/servers/a/server.xml'));
  assert.ok(refused.includes('file-too-large') && !refused.includes('xml-syntax-error'), refused.join());
  // Half a MB on one line is parsed, in bounded time.
  const half = analyze({ 'wlp/usr/servers/a/server.xml': xmlLine.slice(0, 500_000).replace(/<[^<]*$/, '') + '</server>' });
  assert.ok(half.ms < 10_000, `half a MB server.xml: ${half.ms.toFixed(0)} ms`);
  assert.ok(!codes(half.findings('wlp/usr/servers/a/server.xml')).includes('file-too-large'));
  const garbage = analyze({ 'wlp/usr/servers/a/server.xml': garbageLine.slice(0, 500_000) });
  assert.ok(garbage.ms < 10_000, `broken server.xml: ${garbage.ms.toFixed(0)} ms`);
  console.log(`# 1 MB single line: profile ${profile.ms.toFixed(0)} ms, server.xml ${xml.ms.toFixed(0)} ms (refused), 0.5 MB server.xml ${half.ms.toFixed(0)} ms, 0.5 MB broken XML ${garbage.ms.toFixed(0)} ms`);
});
