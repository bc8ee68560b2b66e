/** Discovery before parsing (analyzer/discovery): other configurations, Liberty's root element, schemes, config location. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { discoverFile, needsContent } from '../../../server/src/analyzer/discovery/discover-file.js';
import { recogniseByContent } from '../../../server/src/analyzer/discovery/other-configs.js';
import { xmlRootElement } from '../../../server/src/analyzer/discovery/xml-root.js';
import { locateConfig } from '../../../server/src/analyzer/discovery/config-location.js';
import { isDocumentLocalUri } from '../../../server/src/analyzer/base/uri-schemes.js';
import { checkTn3270Blocks } from '../../../server/src/analyzer/other-configs/tn3270-blocks.js';
import { fileUri } from '../../helpers/memory-host.js';

const kindOf = (path: string, text?: string) => discoverFile(fileUri(path), text === undefined ? undefined : () => text)?.kind;

const TN3270 = `TELNETGLOBALS\n  TCPIPJOBNAME TCPIP\nENDTELNETGLOBALS\nTELNETPARMS\n  PORT 23\n  INACTIVE 3600\nENDTELNETPARMS\nBEGINVTAM\n  PORT 23\n  DEFAULTLUS\n    LU00001..LU00099\n  ENDDEFAULTLUS\n  ALLOWAPPL *\nENDVTAM\n`;
const RESOLVER = `TCPIPJOBNAME TCPIP\nSYSA:   HOSTNAME MVSA\nDOMAINORIGIN EXAMPLE.COM\nNSINTERADDR 10.1.1.53\nRESOLVEVIA UDP\n`;
const OMPROUTE = `Area Area_Number=0.0.0.0 Stub_Area=NO;\nOSPF_Interface IP_Address=10.1.1.11\n  Name=OSA1\n  Subnet_mask=255.255.255.0;\nRoutesa_Config Enabled=No;\n`;
const FTPDATA = `ANONYMOUS FALSE\nAUTOMOUNT TRUE\nFILETYPE SEQ\nRECFM FB\nLRECL 80\nPRIMARY 15\n`;
const PAGENT = `# Policy Agent\nTcpImage TCPIP /etc/pagent/TCPIP.conf FLUSH PURGE\nLogLevel 15\nTTLSConfig /etc/pagent/ttls.conf\n`;
const PROFILE = `IPCONFIG DATAGRAMFWD SYSPLEXROUTING\nINTERFACE OSA1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.1.1.1/24\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.9.1\nENDVIPADYNAMIC\n`;

describe('other z/OS TCP/IP configurations are never profiles', () => {
  it('by content, whatever the member name', () => {
    assert.equal(kindOf('SYS1.TCPPARMS/TNPROFA', TN3270), 'tn3270');
    assert.equal(kindOf('SYS1.TCPPARMS/RESOLVA', RESOLVER), 'tcpip-data');
    assert.equal(kindOf('SYS1.TCPPARMS/OMPROUTA', OMPROUTE), 'omproute');
    assert.equal(kindOf('SYS1.TCPPARMS/FTPDSYSA', FTPDATA), 'ftp-data');
    assert.equal(kindOf('etc/pagent/main.conf', PAGENT), 'policy-agent');
    // A TN3270 profile named like a profile is still a TN3270 profile: content first.
    assert.equal(kindOf('TN3270.PROFILE', TN3270), 'tn3270');
    assert.equal(kindOf('tn3270.tcpip', TN3270), 'tn3270');
  });

  it("a z/VM TCP/IP profile is another system's configuration, one stray z/VM word is not", () => {
    // Our own z/VM-style profile: OBEY ... ENDOBEY and LARGEENVELOPEPOOLSIZE are z/VM-only statements.
    const zvm = `; z/VM TCP/IP PROFILE\nLARGEENVELOPEPOOLSIZE 10 8192\nOBEY\n  OPERATOR TCPMAINT\nENDOBEY\nHOME\n  10.1.1.1 OSA1\n`;
    assert.equal(kindOf('PROFILE.TCPIP', zvm), 'tcpip-other');
    assert.match(recogniseByContent(zvm)?.reason ?? '', /z\/VM TCP\/IP statements LARGEENVELOPEPOOLSIZE, OBEY/);
    // A z/OS profile with one z/VM word left in is still a profile (and gets its unknown-statement error).
    assert.equal(kindOf('PROFILE.TCPIP', `${PROFILE}OBEY\n`), 'profile');
  });

  it('by name: the members that always hold another component', () => {
    assert.equal(kindOf('SYS1.TCPPARMS/TCPDATA'), 'tcpip-data');
    assert.equal(kindOf('SYS1.TCPPARMS/FTPDATA'), 'ftp-data');
    assert.equal(kindOf('SYS1.TCPPARMS/OMPROUTE'), 'omproute');
    assert.equal(kindOf('etc/TCPIP.DATA'), 'tcpip-data');
    assert.equal(kindOf('SYS1.TCPPARMS/IPNODES'), 'tcpip-other');
    assert.equal(needsContent(fileUri('SYS1.TCPPARMS/TCPDATA')), false);
  });

  it('an old stack profile with in-stack Telnet blocks stays a profile (it defines stack addresses)', () => {
    assert.equal(recogniseByContent(`${PROFILE}TELNETPARMS\n PORT 23\nENDTELNETPARMS\n`), undefined);
    assert.equal(kindOf('SYS1.TCPPARMS/PROFOLD', `${PROFILE}TELNETPARMS\n PORT 23\nENDTELNETPARMS\n`), 'profile');
  });

  it('profiles and members stay profiles; a TCPPARMS member with only PORT lines too', () => {
    assert.equal(kindOf('SYS1.TCPPARMS/PROFA', PROFILE), 'profile');
    assert.equal(kindOf('SYS1.TCPPARMS/MQPORTB', 'DELETE PORT 1414 TCP MQ1CHIN\nPORT\n 1414 TCP MQ1CHIN SHAREPORT\n'), 'profile');
    assert.equal(kindOf('SYS1.TCPPARMS/PORTS', 'PORT\n 20 TCP OMVS\n 21 TCP FTPD1\n'), 'profile');
    assert.equal(kindOf('SYS1.TCPPARMS/NOTES', 'Just some notes about the LPAR, nothing to see here.'), undefined);
    assert.equal(discoverFile(fileUri('SYS1.TCPPARMS/NOTES'), () => 'Just notes.')?.reason, 'a TCPPARMS member without profile statements');
  });
});

describe('the TN3270 profile gets its own block syntax recognised', () => {
  it('a clean profile has no finding; a block without its END word and a stray END are syntax errors', () => {
    assert.deepEqual(checkTn3270Blocks('file:///a', TN3270), []);
    const broken = checkTn3270Blocks('file:///b', 'TELNETPARMS\n PORT 23\nBEGINVTAM\n PORT 23\nENDVTAM\nENDTELNETGLOBALS\n');
    assert.deepEqual(broken.map((f) => [f.code, f.range.start.line, f.message.split(':')[0]]), [
      ['syntax-error', 0, 'TELNETPARMS block has no ENDTELNETPARMS before BEGINVTAM on line 3'],
      ['syntax-error', 5, 'ENDTELNETGLOBALS without a TELNETGLOBALS block before it.'],
    ]);
  });
});

describe('Liberty means Liberty: the root element decides', () => {
  const TOMCAT = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Tomcat -->\n<Server port="8005" shutdown="SHUTDOWN">\n  <Service name="Catalina">\n    <Connector port="8080" protocol="HTTP/1.1"/>\n  </Service>\n</Server>\n`;
  const LIBERTY = `\ufeff<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY a "b"> ]>\n<!-- a server -->\n<server description="web">\n  <httpEndpoint id="defaultHttpEndpoint" host="*"/>\n</server>\n`;

  it('reads the root element past declarations, comments, a DOCTYPE and a BOM', () => {
    assert.equal(xmlRootElement(TOMCAT), 'Server');
    assert.equal(xmlRootElement(LIBERTY), 'server');
    assert.equal(xmlRootElement(''), undefined);
  });

  it("a Tomcat conf/server.xml is ignored; Liberty's server.xml is a Liberty server", () => {
    assert.equal(discoverFile(fileUri('tomcat/conf/server.xml'), () => TOMCAT), undefined);
    assert.equal(kindOf('wlp/usr/servers/web/server.xml', LIBERTY), 'liberty-server-xml');
    assert.equal(needsContent(fileUri('tomcat/conf/server.xml')), true);
    // Without the text (a watcher event the server confirms later) the path alone counts.
    assert.equal(kindOf('wlp/usr/servers/web/server.xml'), 'liberty-server-xml');
  });
});

describe('schemes: views of a file are document-local', () => {
  it('only file:, zowe-ds: and zowe-uss: take part in the sysplex', () => {
    for (const uri of ['file:///ws/PROFILE.TCPIP', 'zowe-ds:/SYS1.TCPPARMS/PROFA', 'zowe-uss:/u/wlp/servers/web/server.xml']) assert.equal(isDocumentLocalUri(uri), false, uri);
    for (const uri of ['git:/ws/PROFILE.TCPIP?%7B%22ref%22%3A%22HEAD%22%7D', 'gitlens://x/PROFILE.TCPIP', 'vscode-vfs://github/o/r/PROFILE.TCPIP', 'untitled:Untitled-1', 'merge-conflict.conflict-diff:/x']) {
      assert.equal(isDocumentLocalUri(uri), true, uri);
    }
  });
});

describe('config location: one rule for the command line and the server', () => {
  const exists = (present: string[]) => (uri: string) => present.includes(uri);
  it('explicit, then a root folder (first root first), then the nearest found, then the fallback', () => {
    assert.equal(locateConfig({ explicit: 'file:///x/c.json', roots: ['file:///a'], found: ['file:///a/vipa-check.json'], exists: () => false }), 'file:///x/c.json');
    assert.equal(locateConfig({ roots: ['file:///a', 'file:///b'], found: ['file:///b/vipa-check.json', 'file:///a/.vipa-check.json'], exists: () => false }), 'file:///a/.vipa-check.json');
    assert.equal(locateConfig({ roots: ['file:///a'], found: ['file:///a/x/y/vipa-check.json', 'file:///a/x/vipa-check.json'], exists: () => false }), 'file:///a/x/vipa-check.json');
    assert.equal(locateConfig({ roots: ['file:///a'], found: [], fallbacks: ['file:///cwd'], exists: exists(['file:///cwd/vipa-check.json']) }), 'file:///cwd/vipa-check.json');
    assert.equal(locateConfig({ roots: ['file:///a'], found: [], exists: () => false }), undefined);
  });
});
