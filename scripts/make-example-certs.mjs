// Regenerates the demo keystore examples/liberty/servers/zosmf/resources/security/key.p12:
// a self-signed certificate whose Subject Alternative Names name the LPAR (sysa.plexa.example.com,
// 10.10.1.1) instead of the z/OSMF VIPA - the mistake the san-mismatch check finds.
// Password "changeit" (not a secret; server.xml holds it {xor}-encoded).
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import forge from 'node-forge';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'examples', 'liberty', 'servers', 'zosmf', 'resources', 'security', 'key.p12');

const pair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const privateKey = forge.pki.privateKeyFromPem(pair.privateKey);
const cert = forge.pki.createCertificate();
cert.publicKey = forge.pki.publicKeyFromPem(pair.publicKey);
cert.serialNumber = '0a01';
cert.validity.notBefore = new Date(Date.UTC(2025, 0, 1));
cert.validity.notAfter = new Date(Date.UTC(2035, 0, 1));
const subject = [
  { name: 'commonName', value: 'sysa.plexa.example.com' },
  { name: 'organizationalUnitName', value: 'zosmf' },
  { name: 'organizationName', value: 'vipa-check demo' },
];
cert.setSubject(subject);
cert.setIssuer(subject);
cert.setExtensions([
  { name: 'basicConstraints', cA: false },
  { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
  { name: 'extKeyUsage', serverAuth: true },
  { name: 'subjectAltName', altNames: [{ type: 2, value: 'sysa.plexa.example.com' }, { type: 7, ip: '10.10.1.1' }] },
]);
cert.sign(privateKey, forge.md.sha256.create());

const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], 'changeit', { algorithm: '3des', friendlyName: 'default' });
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
console.log(`wrote ${target}`);
