/** The status bar text (pure, so it can be unit-tested without VS Code). */

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "$(server-environment) 2 stacks · 3 servers · 4 problems". */
export function statusText(stacks: number, servers: number, problems: number): string {
  return `$(server-environment) ${plural(stacks, 'stack')} · ${plural(servers, 'server')} · ${plural(problems, 'problem')}`;
}
