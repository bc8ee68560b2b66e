/**
 * Reads the server certificate(s) of a keystore file: PKCS#12 through node-forge, PEM directly,
 * and the Subject Alternative Names through node:crypto X509Certificate (no hand-written ASN.1).
 * JKS/JCEKS are recognised but not read: no maintained reader is among the project's packages.
 */
import { X509Certificate, createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type Forge from 'node-forge';
import { canonicalAddress } from './host-address.js';

let forgeModule: typeof Forge | undefined;

/** node-forge, loaded when the first PKCS#12 keystore is read (it is large; most sessions never need it). */
function loadForge(): typeof Forge {
  forgeModule ??= (typeof require === 'function' ? require('node-forge') : createRequire(import.meta.url)('node-forge')) as typeof Forge;
  return forgeModule;
}

export interface ServerCertificate {
  alias?: string;
  subject: string;
  dnsNames: string[];
  /** Canonical addresses. */
  ipAddresses: string[];
}

export type KeystoreContents =
  | { kind: 'certificates'; format: 'PKCS12' | 'PEM'; certificates: ServerCertificate[] }
  | { kind: 'unreadable'; reason: string };

export type DecodedPassword = { password: string } | { unreadable: string };

/** Liberty password encodings: plain text, {xor} (base64, each byte XOR 0x5F); {aes}/{hash} cannot be read back. */
export function decodeLibertyPassword(text: string): DecodedPassword {
  const match = /^\{(\w+)\}(.*)$/s.exec(text.trim());
  if (!match) return { password: text };
  const algorithm = match[1].toLowerCase();
  if (algorithm === 'xor') {
    const bytes = Buffer.from(match[2], 'base64');
    return { password: Buffer.from(bytes.map((byte) => byte ^ 0x5f)).toString('utf8') };
  }
  return { unreadable: `the keyStore password is {${match[1]}}-encoded and cannot be decoded` };
}

const cache = new Map<string, KeystoreContents>();
const CACHE_LIMIT = 200;

export function readKeystore(bytes: Uint8Array, password: string | undefined, alias?: string): KeystoreContents {
  const key = createHash('sha256').update(bytes).update(`\0${password ?? ''}\0${alias ?? ''}`).digest('hex');
  const cached = cache.get(key);
  if (cached) return cached;
  const contents = readUncached(bytes, password, alias);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, contents);
  return contents;
}

function readUncached(bytes: Uint8Array, password: string | undefined, alias?: string): KeystoreContents {
  const head = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  if (head === 'feedfeed') return { kind: 'unreadable', reason: 'the keystore is JKS, which vipa-check does not read (convert it to PKCS#12 to have the certificate checked)' };
  if (head === 'cececece') return { kind: 'unreadable', reason: 'the keystore is JCEKS, which vipa-check does not read' };
  const text = Buffer.from(bytes.subarray(0, 64)).toString('latin1');
  if (text.includes('-----BEGIN')) return readPem(Buffer.from(bytes).toString('utf8'));
  return readPkcs12(bytes, password, alias);
}

function readPem(text: string): KeystoreContents {
  const blocks: string[] = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) return { kind: 'unreadable', reason: 'the PEM file holds no certificate' };
  try {
    // The first certificate of a PEM keystore is the server's; the rest is its chain.
    return { kind: 'certificates', format: 'PEM', certificates: [describe(new X509Certificate(blocks[0]!))] };
  } catch (error) {
    return { kind: 'unreadable', reason: `the PEM certificate cannot be read (${(error as Error).message})` };
  }
}

function readPkcs12(bytes: Uint8Array, password: string | undefined, alias?: string): KeystoreContents {
  const forge = loadForge();
  let p12: Forge.pkcs12.Pkcs12Pfx;
  try {
    const der = forge.util.createBuffer(Buffer.from(bytes).toString('binary'));
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), false, password ?? '');
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    return { kind: 'unreadable', reason: /mac|password|decrypt|invalid/i.test(message) ? `the PKCS#12 keystore cannot be opened with the configured password (${message})` : `the file is not a readable PKCS#12 keystore (${message})` };
  }
  const keyIds = new Set<string>();
  const keyNames = new Set<string>();
  for (const bag of p12.safeContents.flatMap((contents) => contents.safeBags)) {
    if (bag.type !== forge.pki.oids.pkcs8ShroudedKeyBag && bag.type !== forge.pki.oids.keyBag) continue;
    const localKeyId = bag.attributes?.localKeyId?.[0];
    const friendlyName = bag.attributes?.friendlyName?.[0];
    if (typeof localKeyId === 'string') keyIds.add(localKeyId);
    if (typeof friendlyName === 'string') keyNames.add(friendlyName.toLowerCase());
  }
  const certificates: ServerCertificate[] = [];
  for (const bag of p12.safeContents.flatMap((contents) => contents.safeBags)) {
    if (bag.type !== forge.pki.oids.certBag) continue;
    const localKeyId = bag.attributes?.localKeyId?.[0];
    const friendlyName: string | undefined = bag.attributes?.friendlyName?.[0];
    const isKeyEntry = (typeof localKeyId === 'string' && keyIds.has(localKeyId)) || (!!friendlyName && keyNames.has(friendlyName.toLowerCase()));
    if (!isKeyEntry) continue;
    if (alias && friendlyName?.toLowerCase() !== alias.toLowerCase()) continue;
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    try {
      const der = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
      certificates.push({ ...describe(new X509Certificate(der)), alias: friendlyName });
    } catch {
      // A certificate node:crypto cannot read is skipped; the others still count.
    }
  }
  if (certificates.length === 0) {
    return { kind: 'unreadable', reason: alias ? `the keystore has no key entry with alias "${alias}"` : 'the keystore has no private key entry with a certificate' };
  }
  return { kind: 'certificates', format: 'PKCS12', certificates };
}

function describe(certificate: X509Certificate): ServerCertificate {
  const dnsNames: string[] = [];
  const ipAddresses: string[] = [];
  // Node prints "DNS:a.example, IP Address:10.1.1.5"; values with special characters are quoted.
  for (const match of (certificate.subjectAltName ?? '').matchAll(/(DNS|IP Address):("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    const value = match[2].startsWith('"') ? (JSON.parse(match[2]) as string) : match[2].trim();
    if (match[1] === 'DNS') dnsNames.push(value);
    else ipAddresses.push(canonicalAddress(value) ?? value);
  }
  return { subject: certificate.subject.replace(/\n/g, ', '), dnsNames, ipAddresses };
}

/** RFC 6125 matching: case-insensitive, a leading "*." matches exactly one label. */
export function dnsNameMatches(pattern: string, hostName: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = hostName.toLowerCase().replace(/\.$/, '');
  if (p === h) return true;
  if (!p.startsWith('*.')) return false;
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === p.slice(2);
}
