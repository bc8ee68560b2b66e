/**
 * san-mismatch (warning): the certificate an HTTPS endpoint presents must name what clients use to
 * reach it — the VIPA address or a host name mapped to it — or browsers refuse the connection once
 * the server has moved to another LPAR with its VIPA. Follows sslOptions → ssl → keyStore (or the
 * defaults), reads a PKCS#12/PEM keystore file of the workspace and compares its SANs.
 * certificate-not-checked (information): the certificate could not be compared (a SAF key ring,
 * JKS, a password that cannot be decoded, a missing alias), so the user must check it by hand; the
 * message says how. A code of its own: "san-mismatch" would claim a mismatch nobody saw.
 */
import type { CheckContext, SysplexCheck } from './check.js';
import type { RelatedInformation } from '../diagnostics/finding.js';
import { ALL_INTERFACES, hostNamesOf, isLoopbackAddress, canonicalAddress } from '../liberty/host-address.js';
import type { LibertyEndpoint, LibertyKeyStore, LibertyServer } from '../liberty/liberty-model.js';
import { endpointLabel, reportPlace } from './support/liberty.js';
import { sslChainOf } from '../liberty/ssl-facts.js';
import { decodeLibertyPassword, dnsNameMatches, readKeystore, type ServerCertificate } from '../liberty/keystore-reader.js';
import { FindingList } from './support/findings.js';

export const sanMismatchCheck: SysplexCheck = {
  codes: ['san-mismatch', 'certificate-not-checked'],
  run(context) {
    const out = new FindingList();
    for (const server of context.servers) {
      for (const endpoint of server.endpoints) checkEndpoint(context, out, server, endpoint);
    }
    return out.findings;
  },
};

function checkEndpoint(context: CheckContext, out: FindingList, server: LibertyServer, endpoint: LibertyEndpoint): void {
  if (endpoint.kind !== 'httpEndpoint' || !server.ssl) return;
  if (!endpoint.ports.some((port) => port.secure)) return;
  const hostValue = endpoint.host.value;
  const address = endpoint.address;
  if (!hostValue || address === ALL_INTERFACES || (address && isLoopbackAddress(address))) return;
  const chain = sslChainOf(endpoint, server.ssl);
  const keyStore = chain.keyStore;
  if (!keyStore) return;
  const keyStorePlace = keyStore.location.defaulted ? keyStore.elementLocation : keyStore.location.location;

  const location = keyStore.location.value;
  const written = (location ?? keyStore.location.raw).trim();
  if (/^safkeyring(hw|hybrid)?:/i.test(written)) {
    safKeyringHint(out, keyStore, written, chain.sslConfig?.serverKeyAlias, endpoint);
    return;
  }
  if (!keyStore.locationUri) return;
  const bytes = context.host.readBytes(keyStore.locationUri);
  if (!bytes) return; // not in the workspace (Liberty creates the default key.p12 at first start)

  const passwordText = keyStore.password?.value;
  const decoded = passwordText === undefined ? { password: undefined as string | undefined } : decodeLibertyPassword(passwordText);
  if ('unreadable' in decoded) {
    out.add('certificate-not-checked', 'information', keyStorePlace, `The certificate of ${endpointLabel(server, endpoint)} was not checked: ${decoded.unreadable}.`, [], { keyStore: keyStore.id });
    return;
  }
  const contents = readKeystore(bytes, decoded.password, chain.sslConfig?.serverKeyAlias);
  if (contents.kind === 'unreadable') {
    out.add('certificate-not-checked', 'information', keyStorePlace, `The certificate of ${endpointLabel(server, endpoint)} was not checked: ${contents.reason}.`, [], { keyStore: keyStore.id });
    return;
  }

  const names = new Set<string>();
  if (!canonicalAddress(hostValue)) names.add(hostValue);
  if (address) for (const name of hostNamesOf(address, context.config.config.hosts)) names.add(name);
  const matches = (certificate: ServerCertificate): boolean =>
    (!!address && certificate.ipAddresses.includes(address)) || certificate.dnsNames.some((dns) => [...names].some((name) => dnsNameMatches(dns, name)));
  if (contents.certificates.some(matches)) return;

  const certificate = contents.certificates[0];
  const sans = [...certificate.dnsNames.map((name) => `DNS:${name}`), ...certificate.ipAddresses.map((ip) => `IP:${ip}`)];
  const wanted = [...(address ? [address] : []), ...names];
  const label = endpointLabel(server, endpoint);
  const place = reportPlace(endpoint.host, `host of ${label}`);
  const related: RelatedInformation[] = [...place.related, { location: keyStorePlace, message: `keyStore "${keyStore.id}" (${location ?? keyStore.locationUri})` }];
  if (chain.reference) related.push({ location: chain.reference, message: `SSL configuration chosen by ${chain.via}` });
  if (chain.sslConfig?.location) related.push({ location: chain.sslConfig.location, message: `ssl "${chain.sslConfig.id}" uses keyStore "${keyStore.id}"` });
  const sanText = sans.length > 0 ? `names only ${sans.join(', ')}` : 'has no Subject Alternative Name (browsers ignore the CN)';
  out.add(
    'san-mismatch',
    'warning',
    place.location,
    `The certificate of ${label} (${certificate.subject}${certificate.alias ? `, alias ${certificate.alias}` : ''}) ${sanText}, not ${wanted.join(' or ')}: browsers will refuse the connection after failover. Reissue it with a SAN for ${wanted.join(' / ')}.`,
    related,
    { address, expected: wanted, sans, keyStore: keyStore.id, keyStoreUri: keyStore.locationUri },
  );
}

function safKeyringHint(out: FindingList, keyStore: LibertyKeyStore, location: string, alias: string | undefined, endpoint: LibertyEndpoint): void {
  // safkeyring://OWNER/RING or safkeyring:///RING (the ring of the server's own user ID).
  const match = /^safkeyring\w*:\/\/([^/]*)\/(.+)$/i.exec(location);
  const owner = match?.[1] || '<server user ID>';
  const ring = match?.[2] ?? location;
  const label = alias ?? '<label>';
  out.add(
    'certificate-not-checked',
    'information',
    keyStore.location.location,
    `The certificate for ${endpoint.host.value ?? 'this endpoint'} is in the RACF key ring ${ring}; vipa-check cannot read it. Check that its Subject Alternative Names include the VIPA: RACDCERT LISTRING(${ring}) ID(${owner}) shows the certificate labels, then RACDCERT ID(${owner}) LIST(LABEL('${label}')) shows its SANs.`,
    [],
    { ring, owner, label },
  );
}
