import type { Dataset } from './schema'

// Under the build's base path (BASE_PATH, vite.config.ts): '/data/…' at the root, '/g20/data/…' under /g20/.
export const DATASET_URL = `${import.meta.env.BASE_URL}data/g20-digital.json`

let attempts = 0

/**
 * Fetches and validates the dataset; every failure is a DatasetError that names the cause. The
 * code that does it (fetchDataset, with the validator) loads on the first call: the request
 * itself is already under way by then, from the page's <link rel="preload">.
 */
export async function loadDataset(signal?: AbortSignal, url: string = DATASET_URL): Promise<Dataset> {
  // The first request can use the preload's answer. A retry must not:
  // behind a stalled preload the browser would queue it on the same cache entry.
  // The single file (npm run build:offline) opens from file://, where nothing can be fetched: the data is in it.
  if (import.meta.env.VITE_SINGLE_FILE === 'true') {
    const [{ default: raw }, { parseDataset }] = await Promise.all([
      import('../../public/data/g20-digital.json'),
      import('./parseDataset'),
    ])
    return parseDataset(raw)
  }
  attempts += 1
  const cache: RequestCache = attempts === 1 ? 'default' : 'no-store'
  const { fetchDataset } = await import('./fetchDataset')
  return fetchDataset({ url, signal, cache })
}
