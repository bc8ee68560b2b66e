/**
 * Enough glob matching for files.exclude patterns (`**`, `*`, `?`, `{a,b}`, `[abc]`). VS Code matches
 * them against the path relative to the workspace folder; a pattern without a slash also matches a
 * name at any depth, as users expect from `node_modules` or `*.log`.
 */
export type PathMatcher = (relativePath: string) => boolean;

function globToRegExpSource(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) {
        source += '\\{';
        continue;
      }
      const alternatives = glob.slice(i + 1, close).split(',').map(globToRegExpSource);
      source += `(?:${alternatives.join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) {
        source += '\\[';
        continue;
      }
      const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
      source += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
      i = close;
    } else {
      source += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return source;
}

export function compileGlobs(globs: readonly string[]): PathMatcher {
  const expressions = globs
    .map((glob) => glob.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter((glob) => glob !== '')
    .map((glob) => {
      const anchored = glob.includes('/') ? glob : `**/${glob}`;
      // A pattern naming a folder also excludes everything inside it.
      return new RegExp(`^${globToRegExpSource(anchored)}(?:/.*)?$`, 'i');
    });
  return (relativePath) => expressions.some((expression) => expression.test(relativePath));
}
