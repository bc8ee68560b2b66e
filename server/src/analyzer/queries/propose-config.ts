/**
 * A proposed vipa-check.json from what an analysis found, for `vipa-check init` and the editor's
 * "VIPA: Create workspace config" command. Every guess is explained in a "$comment" next to it
 * (the loader ignores "$comment"), and in `notes` for a message beside the proposal:
 *  - stacks: each stack profile, under the name the analysis gave it; OBEYFILE members whose
 *    VIPADELETE / VIPADEFINE / VIPABACKUP addresses are DVIPAs of exactly one stack, in that stack's
 *    `obey` (the analysis then shows the stack after VARY TCPIP,,OBEYFILE);
 *  - files: copies ("copy") and OBEYFILE members no stack could be matched to ("obey");
 *  - datasets: every INCLUDEd data set found by file name, mapped to the folder (or file) it was
 *    found in, so the guess is visible and can be corrected;
 *  - symbols: a "" placeholder (the symbol stays unresolved) for each &SYMBOL. the profiles use
 *    without a value.
 * The caller writes nothing over an existing file.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { StackModel } from '../model/sysplex-model.js';
import { IncludeFileIndex, resolveIncludeDetailed } from '../include/resolve-include.js';
import { includeStatements } from '../model/build-stack-models.js';
import { containsSymbolReference } from '../model/symbols.js';
import { isDocumentLocalUri } from '../base/uri-schemes.js';
import { uriBasename, uriDirname, uriKey } from '../base/uris.js';

export interface ConfigProposal {
  /** The proposed vipa-check.json, pretty-printed. */
  text: string;
  /** One line per guess, for a message beside the proposal. */
  notes: string[];
}

export interface ProposalInput {
  result: AnalysisResult;
  /** Folder URI where vipa-check.json will be: every path is written relative to it. */
  folderUri: string;
  /** Every file the workspace knows (INCLUDE candidates included), to replay INCLUDE resolution. */
  knownFiles: readonly string[];
  /** The config the analysis ran with (normally none). */
  config?: LoadedConfig;
}

export function proposeConfig(input: ProposalInput): ConfigProposal {
  const { result } = input;
  const notes: string[] = [];
  const relative = (uri: string) => relativePath(uri, input.folderUri);
  const roles = result.files?.list() ?? [];

  const stacks: Record<string, Record<string, unknown>> = {};
  for (const stack of [...result.model.stacks].sort((a, b) => a.name.localeCompare(b.name))) {
    const described = roles.find((file) => file.uri === stack.rootUri);
    const comment = `${uriBasename(stack.rootUri)} is taken as the stack profile of ${stack.name} because ${described?.reason ?? 'no other profile INCLUDEs it'}. Add "system" (the MVS system name, &SYSNAME.) and "sysplex" when the workspace holds more than one sysplex; rename the stack if you like (the name appears in messages).`;
    stacks[stack.name] = { $comment: comment, profile: relative(stack.rootUri) };
    if (stack.system) stacks[stack.name].system = stack.system;
    notes.push(`Stack ${stack.name}: profile ${relative(stack.rootUri)}.`);
  }

  const files: Record<string, string> = {};
  for (const file of roles) {
    if (file.role === 'copy') {
      files[relative(file.uri)] = 'copy';
      notes.push(`${relative(file.uri)} is a copy (${file.reason}).`);
    } else if (file.role === 'obey') {
      const owner = obeyOwner(result.profiles.get(file.uri), result.model.stacks);
      if (owner) {
        const stack = stacks[owner.stack.name];
        stack.obey = [...((stack.obey as string[] | undefined) ?? []), relative(file.uri)];
        stack.$comment = `${stack.$comment} OBEYFILE member ${uriBasename(file.uri)} is applied after the profile because it names ${owner.addresses.join(', ')}, DVIPA${owner.addresses.length > 1 ? 's' : ''} of this stack only: the analysis shows the stack after VARY TCPIP,,OBEYFILE. Remove it from "obey" to check the stack as it starts.`;
        notes.push(`${relative(file.uri)} is an OBEYFILE member applied to stack ${owner.stack.name} (it names ${owner.addresses.join(', ')}).`);
      } else {
        files[relative(file.uri)] = 'obey';
        notes.push(`${relative(file.uri)} is an OBEYFILE member (${file.reason}); no single stack could be matched to it, so it gets syntax checks only. Move it to a stack's "obey" to apply it.`);
      }
    }
  }

  const { datasets, unresolved } = dataSetMap(input, relative);
  for (const [dataSet, path] of Object.entries(datasets)) notes.push(`INCLUDEd data set ${dataSet} is in ${path}.`);
  const symbols = unresolvedSymbols(result);
  for (const name of symbols) notes.push(`System symbol &${name}. has no value: fill it in under "symbols".`);

  const config: Record<string, unknown> = {
    $comment: `Proposed by vipa-check from the files it found. Each guess is explained in a "$comment" like this one; review them, then keep or delete the comments. Schema: schemas/vipa-check.schema.json of the extension.`,
    stacks,
  };
  if (Object.keys(files).length > 0) {
    config.files = {
      $comment: 'What a file is taken as, where the guess matters: "copy" (another version of a stack profile: not checked as a stack of its own), "obey" (an OBEYFILE member: syntax checks only unless a stack lists it under "obey").',
      ...files,
    };
  }
  if (Object.keys(datasets).length > 0 || unresolved.length > 0) {
    config.datasets = {
      $comment:
        `Where INCLUDEd data sets are in the workspace (found by file name).` +
        (unresolved.length > 0 ? ` Not found here: ${unresolved.join(', ')}; add "DSN(MEMBER)": "path" entries if you have them.` : ''),
      ...datasets,
    };
  }
  if (symbols.length > 0) {
    config.symbols = {
      $comment: 'System symbols the profiles use without a value: fill each in ("" leaves it unresolved), here for every stack or under stacks.<name>.symbols for one.',
      ...Object.fromEntries(symbols.map((name) => [name, ''])),
    };
  }
  return { text: JSON.stringify(config, null, 2) + '\n', notes };
}

/** The one stack whose DVIPAs an OBEYFILE member's VIPADELETE/VIPADEFINE/VIPABACKUP name. */
function obeyOwner(document: ProfileDocument | undefined, stacks: readonly StackModel[]): { stack: StackModel; addresses: string[] } | undefined {
  if (!document) return undefined;
  const named = new Set<string>();
  const visit = (statements: ProfileDocument['statements']) => {
    for (const statement of statements) {
      if (statement.kind === 'VIPADYNAMIC') visit(statement.statements);
      else if (statement.kind === 'VIPADELETE' || statement.kind === 'VIPADEFINE' || statement.kind === 'VIPABACKUP') {
        for (const value of statement.addresses) if (value.address) named.add(value.address);
      }
    }
  };
  visit(document.statements);
  const owners = stacks
    .map((stack) => ({ stack, addresses: [...named].filter((address) => stack.dvipas.some((fact) => fact.address === address)) }))
    .filter((entry) => entry.addresses.length > 0);
  return owners.length === 1 ? owners[0] : undefined;
}

function dataSetMap(input: ProposalInput, relative: (uri: string) => string): { datasets: Record<string, string>; unresolved: string[] } {
  const index = new IncludeFileIndex(input.knownFiles.filter((uri) => !isDocumentLocalUri(uri)));
  const folders = new Map<string, Set<string>>();
  const members = new Map<string, string>();
  const unresolved = new Set<string>();
  for (const document of input.result.profiles.values()) {
    if (isDocumentLocalUri(document.uri)) continue;
    for (const statement of includeStatements(document.statements)) {
      if (!statement.dataSet || containsSymbolReference(statement.dataSet) || (statement.member && containsSymbolReference(statement.member))) continue;
      const shown = statement.member ? `${statement.dataSet}(${statement.member})` : statement.dataSet;
      const resolution = resolveIncludeDetailed({ dataSet: statement.dataSet, member: statement.member, fromUri: document.uri }, index, input.config);
      if (!resolution.uri) {
        unresolved.add(shown);
        continue;
      }
      if (resolution.rule?.startsWith('config')) continue;
      if (statement.member) {
        const set = folders.get(statement.dataSet) ?? new Set<string>();
        set.add(uriDirname(resolution.uri));
        folders.set(statement.dataSet, set);
        members.set(shown, resolution.uri);
      } else members.set(shown, resolution.uri);
    }
  }
  const datasets: Record<string, string> = {};
  for (const [dataSet, set] of [...folders].sort()) {
    if (set.size === 1) datasets[dataSet] = relative([...set][0]);
  }
  for (const [shown, uri] of [...members].sort()) {
    const dataSet = shown.replace(/\(.*$/, '');
    if (shown.includes('(') && datasets[dataSet] !== undefined) continue;
    datasets[shown] = relative(uri);
  }
  return { datasets, unresolved: [...unresolved].sort() };
}

function unresolvedSymbols(result: AnalysisResult): string[] {
  const names = new Set<string>();
  for (const findings of result.findingsByUri.values()) {
    for (const finding of findings) {
      if (finding.code !== 'unresolved-symbol') continue;
      for (const name of (finding.data?.symbols as string[] | undefined) ?? []) names.add(name);
    }
  }
  return [...names].sort();
}

/** `uri` relative to the folder ('/'-separated), or the URI itself when it is elsewhere. */
function relativePath(uri: string, folderUri: string): string {
  const folder = uriKey(folderUri).replace(/\/$/, '');
  const key = uriKey(uri);
  if (key === folder) return '.';
  if (key.startsWith(`${folder}/`)) return key.slice(folder.length + 1);
  // A sibling folder: ../ steps.
  const from = folder.split('/');
  const to = key.split('/');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  if (common < 3) return uri;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
