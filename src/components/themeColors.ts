/**
 * The light theme's colour tokens as hex, for files drawn outside the page
 * (PowerPoint, SVG images), where CSS variables do not reach. A unit test keeps
 * them equal to the `:root` tokens in src/index.css.
 */
export const LIGHT_COLORS = {
  bg: '#ffffff',
  fg: '#14171f',
  muted: '#4a5263',
  surface: '#f4f6f9',
  border: '#c9ced8',
  accent: '#0b57d0',
  econ: '#0b6e4f',
  econBg: '#e3f4ec',
  gov: '#7a2e9e',
  govBg: '#f3e8fa',
} as const

export type ColorToken = keyof typeof LIGHT_COLORS
