import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeProfile } from '../../../server/src/analyzer/profile/sniff.js';
import { SYSA_PROFILE, SYSB_PROFILE } from './fixtures.js';

test('profiles and profile members are recognised', () => {
  assert.equal(looksLikeProfile(SYSA_PROFILE), true);
  assert.equal(looksLikeProfile(SYSB_PROFILE), true);
  assert.equal(looksLikeProfile('VIPADYNAMIC\n VIPARANGE DEFINE 255.255.255.0 10.1.1.0\nENDVIPADYNAMIC\n'), true);
  assert.equal(looksLikeProfile('include a.tcpparms(x)\ninclude a.tcpparms(y)\ninclude b.zcloud(inc)\n'), true);
  assert.equal(looksLikeProfile('; comment\nDEVICE OSA1 MPCIPA\nLINK L1 IPAQENET OSA1\nHOME 10.1.1.1 L1\nSTART OSA1\n'), true);
});

test('other file types are not profiles', () => {
  const others = [
    '<?xml version="1.0"?>\n<server>\n<httpEndpoint host="*" httpPort="9080"/>\n</server>\n',
    '{ "stacks": [ { "name": "TCPIPA" } ] }',
    'default.host=10.1.1.1\nport=9443\nhome=/u/liberty\n',
    '#!/bin/sh\nstart server1\nhome=$HOME\nport 80\nexit 0\n',
    '# Title\n\nStart the server, then link it.\n\nHome page: see PORT 80 notes.\nInclude the following lines:\n',
    '//TCPIP    JOB (ACCT),CLASS=A\n//STEP1    EXEC PGM=EZBTCPIP\n//PROFILE  DD DISP=SHR,DSN=SYS1.TCPPARMS(PROFILE)\n',
    '       IDENTIFICATION DIVISION.\n       PROGRAM-ID. HOME.\n       PROCEDURE DIVISION.\n           STOP RUN.\n',
    '',
  ];
  for (const text of others) assert.equal(looksLikeProfile(text), false, text.slice(0, 40));
});
