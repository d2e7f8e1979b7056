/// <reference types="vite/client" />

// Build-time flags, set by .env.offline for `npm run build:offline` (the single self-contained file).
interface ImportMetaEnv {
  /** 'query': every page is named in the query of the one file (src/url/address.ts); else paths. */
  readonly VITE_ADDRESSING?: string
  /** 'true': the dataset is inside the bundle, no service worker, the footer says it is a snapshot. */
  readonly VITE_SINGLE_FILE?: string
}
