/** Test certificates made at test time: node:crypto makes the RSA key (fast), node-forge the rest. */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface CertOptions {
  commonName: string;
  dns?: string[];
  ips?: string[];
  password: string;
  alias?: string;
}

let cachedKey: { privateKey: string; publicKey: string } | undefined;

function keyPair() {
  cachedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return { privateKey: forge.pki.privateKeyFromPem(cachedKey.privateKey), publicKey: forge.pki.publicKeyFromPem(cachedKey.publicKey) };
}

export function makeCertificate(options: Omit<CertOptions, "password">): { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } {
  const { privateKey, publicKey } = keyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.UTC(2024, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2034, 0, 1));
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  const altNames = [...(options.dns ?? []).map((value) => ({ type: 2, value })), ...(options.ips ?? []).map((ip) => ({ type: 7, ip }))];
  if (altNames.length > 0) cert.setExtensions([{ name: 'subjectAltName', altNames }]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { cert, key: privateKey };
}

export function makePkcs12(options: CertOptions): Uint8Array {
  const { cert, key } = makeCertificate(options);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], options.password, { algorithm: '3des', friendlyName: options.alias ?? 'default', count: 1000 });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
}

export function makePem(options: Omit<CertOptions, 'password'>): string {
  return forge.pki.certificateToPem(makeCertificate(options).cert);
}

/** Liberty's {xor} encoding of a password (base64 of each byte XOR 0x5F). */
export function xorEncode(password: string): string {
  return `{xor}${Buffer.from(Buffer.from(password, 'utf8').map((byte) => byte ^ 0x5f)).toString('base64')}`;
}
