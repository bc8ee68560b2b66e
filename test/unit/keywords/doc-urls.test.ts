// Every IBM link the user sees (hover and completion docs come from the keyword table) is https and
// names one z/OS release, so that following links never mixes releases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYWORDS } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { DOC, IBM_DOC_RELEASE } from '../../../server/src/analyzer/keywords/doc-urls.js';

test('every keyword links to IBM documentation over https in one release', () => {
  const urls = new Set([...KEYWORDS.map((info) => info.docUrl), ...Object.values(DOC)]);
  for (const url of urls) {
    assert.match(url, /^https:\/\/www\.ibm\.com\//, url);
    const releases = [...url.matchAll(/SSLTBW_(\d+\.\d+\.\d+)/g)].map((match) => match[0]);
    // IBM support pages (no release) are allowed; documentation pages name the one release.
    if (!url.includes('/support/pages/')) assert.deepEqual(releases, [IBM_DOC_RELEASE.product], url);
    assert.ok(!/v2r\d/.test(url), url);
  }
});
