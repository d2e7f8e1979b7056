import type { Lang } from './lang'

/**
 * A feature's catalog: the English messages define the keys and their types,
 * and the Japanese object must have exactly the same keys (a missing or extra
 * key fails `npm run typecheck`). Messages may be functions for plurals and
 * interpolation; they format numbers and dates with Intl.
 */
export type Catalog<T> = { readonly [L in Lang]: T }

export function defineMessages<T extends Record<string, string | ((...args: never[]) => string)>>(catalog: {
  en: T
  ja: NoInfer<T>
}): Catalog<T> {
  return catalog
}
