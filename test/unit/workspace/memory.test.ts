// Memory stays flat while editing: after 200 edits of different kinds (profiles with editor versions,
// a shared INCLUDE member, a server.xml, files added and removed) the heap after a full GC is within
// 10% of where it was after the first few edits. Old parses, old versions, old stack models and the
// caches keyed by them must all go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { memoryHost, fileUri } from '../../helpers/memory-host.js';
import { AnalyzerService } from '../../../server/src/analyzer/workspace/analyzer-service.js';
import { syntheticSysplex } from '../../../bench/synthetic-sysplex.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let round = 0; round < 3; round++) gc();
  return process.memoryUsage().heapUsed;
}

test('200 edits leave the heap within 10% of where it started', async () => {
  const sysplex = syntheticSysplex(8, 1500, 30);
  const host = memoryHost(sysplex.files);
  const service = new AnalyzerService(host);
  service.setFiles(host.uris());
  let version = 1;
  const profiles = Array.from({ length: 8 }, (_, stack) => sysplex.profileOf(stack));
  const edit = async (round: number) => {
    const kind = round % 5;
    if (kind <= 1) {
      // A keystroke in a profile, with an editor version: a new parse every time.
      const path = profiles[round % profiles.length];
      host.write(path, `${sysplex.files[path]}; edit ${round}\n`.replace('; service 3\n', `; service 3 ${round}\n`));
      service.fileChanged(fileUri(path), ++version);
    } else if (kind === 2) {
      host.write(sysplex.sharedMember, sysplex.files[sysplex.sharedMember].replace('10.200.0.0', `10.200.${round % 250}.0`));
      service.fileChanged(fileUri(sysplex.sharedMember), ++version);
    } else if (kind === 3) {
      const path = sysplex.serverXmlOf(round % 30);
      host.write(path, sysplex.files[path].replace(/httpPort="\d+"/, `httpPort="${9000 + round}"`));
      service.fileChanged(fileUri(path));
    } else {
      // A file that comes and goes (a new member, then deleted).
      const path = `extra/EXTRA${round}.tcpip`;
      host.write(path, `HOME 10.88.${round % 250}.1 LNK${round}\n`);
      service.fileChanged(fileUri(path));
      await service.analyze();
      host.remove(path);
      service.fileDeleted(fileUri(path));
    }
    assert.ok(await service.analyze());
  };

  // Warm up: caches that are bounded by the vocabulary or the file set fill once.
  for (let round = 0; round < 10; round++) await edit(round);
  const start = heapAfterGc();
  for (let round = 10; round < 210; round++) await edit(round);
  const end = heapAfterGc();
  const growth = (end - start) / start;
  assert.ok(growth <= 0.1, `heap after GC grew ${(100 * growth).toFixed(1)}% (${(start / 1048576).toFixed(1)} MB -> ${(end / 1048576).toFixed(1)} MB)`);
  assert.ok(service.lastResult && service.lastResult.model.stacks.length === 8);
});
