/** "SYSA", "SYSA and SYSB", "SYSA, SYSB and SYSC" (the checks' listNames, kept here to stay below checks/). */
export function listStacks(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Parts joined with "; ", capitalised, ending with a full stop. */
export function sentence(...parts: string[]): string {
  const text = parts.filter((part) => part !== '').join('; ');
  if (text === '') return '';
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
