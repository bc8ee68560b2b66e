/**
 * What `dist/server/server.js` is: a small loader that starts the language server bundle
 * (`server-main.js`, built from main.ts) through V8's code cache. Compiling the 1 MB bundle was a
 * fifth of the time to the first diagnostics; with the cache V8 skips parsing it and reuses the
 * bytecode of the functions that ran at start.
 *
 * The cache (`server-main.js.cache`, next to the bundle) is V8's own data behind a SHA-256 of the
 * bundle's text: V8 checks its version and flags and the source's length only, so a rebuilt bundle of
 * the same length must not find the old bytecode; the hash makes sure. A missing, foreign or
 * rejected cache means the bundle is compiled as without one, and the cache is made again right after
 * the bundle's start (it then holds the functions the start ran too) and written for the next start.
 * It must be made before anything sets a V8 flag at run time (the idle collector does, lazily): the
 * flags are part of what V8 checks. It lives next to the bundle, in the user's own extension
 * folder, never in a shared temporary folder (cached bytecode is code). Where that folder is
 * read-only, or anything in here fails before the bundle runs, the bundle is loaded the plain way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'server-main.js');
const cacheFile = `${bundle}.cache`;

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

const HASH_BYTES = 32;

/** V8's cached data for `hash`, or undefined (none, or made from another text). */
function readCache(hash: Buffer): Buffer | undefined {
  if (!existsSync(cacheFile)) return undefined;
  const file = readFileSync(cacheFile);
  return file.length > HASH_BYTES && file.subarray(0, HASH_BYTES).equals(hash) ? file.subarray(HASH_BYTES) : undefined;
}

function compileWithCache(): { run: ModuleFunction; script: Script; hash: Buffer; accepted: boolean } | undefined {
  try {
    const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
    const hash = createHash('sha256').update(source).digest();
    const cachedData = readCache(hash);
    const script = new Script(wrap(source), { filename: bundle, cachedData });
    const run = script.runInThisContext() as ModuleFunction;
    return { run, script, hash, accepted: cachedData !== undefined && script.cachedDataRejected === false };
  } catch {
    return undefined;
  }
}

function writeCache(script: Script, hash: Buffer): void {
  try {
    const data = script.createCachedData();
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, Buffer.concat([hash, data]));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only extension folder: every start compiles, as without the cache.
  }
}

const compiled = process.env.VIPA_NO_CODE_CACHE ? undefined : compileWithCache();
if (compiled) {
  const module = { exports: {} };
  compiled.run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (!compiled.accepted) writeCache(compiled.script, compiled.hash);
} else {
  createRequire(__filename)(bundle);
}
