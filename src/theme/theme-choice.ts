/** The themes a reader can pick; "auto" follows the system. */
export type ThemeChoice = 'auto' | 'dark' | 'light';

/** Reads any stored or selected value as a theme choice; anything unknown means "auto". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === 'dark' || value === 'light' ? value : 'auto';
}

/** The theme a page shows for a choice, given whether the system prefers light. */
export function resolveTheme(choice: ThemeChoice, systemPrefersLight: boolean): 'dark' | 'light' {
  if (choice !== 'auto') return choice;
  return systemPrefersLight ? 'light' : 'dark';
}
