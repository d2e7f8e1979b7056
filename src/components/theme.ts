/**
 * The colour theme: 'system' follows prefers-color-scheme (no data-theme on
 * <html>); the others set data-theme, which src/index.css turns into tokens.
 * Tiny and dependency-free so src/main.tsx can apply the stored choice before
 * the first paint (no flash of the wrong theme).
 */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const
export type ThemeChoice = (typeof THEMES)[number]

export const THEME_STORAGE_KEY = 'g20dm.theme'

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY)
    return isThemeChoice(value) ? value : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
}

const listeners = new Set<() => void>()

/** For useSyncExternalStore: the stored choice, which changes when chooseTheme runs. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Applies, remembers and announces a theme choice. */
export function chooseTheme(theme: ThemeChoice): void {
  applyTheme(theme)
  try {
    if (theme === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY)
    else window.localStorage.setItem(THEME_STORAGE_KEY, theme)
  } catch {
    // Storage can be blocked; the theme still applies for this visit.
  }
  current = theme
  for (const listener of listeners) listener()
}

let current: ThemeChoice | null = null

/** The theme in effect: the last choice this visit, else the stored one. */
export function currentTheme(): ThemeChoice {
  current ??= storedTheme()
  return current
}
