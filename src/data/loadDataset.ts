import { DatasetError } from './DatasetError'
import type { Dataset } from './schema'

// Under the build's base path (BASE_PATH, vite.config.ts): '/data/…' at the root, '/g20/data/…' under /g20/.
export const DATASET_URL = `${import.meta.env.BASE_URL}data/g20-digital.json`
const TIMEOUT_MS = 15_000

/** Fetches and validates the dataset. Every failure is a DatasetError that says what went wrong. */
let attempts = 0

export async function loadDataset(signal?: AbortSignal, url: string = DATASET_URL): Promise<Dataset> {
  // The first request can use the <link rel="preload"> answer. A retry must not:
  // behind a stalled preload the browser would queue it on the same cache entry.
  attempts += 1
  const cache: RequestCache = attempts === 1 ? 'default' : 'no-store'
  const timeout = AbortSignal.timeout(TIMEOUT_MS)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  // The validator (zod) loads in parallel with the data, so it stays out of the first bundle.
  const validator = import('./parseDataset')
  validator.catch(() => undefined)
  let res: Response
  try {
    res = await fetch(url, { signal: combined, cache, headers: { Accept: 'application/json' } })
  } catch (cause) {
    const timedOut = timeout.aborted
    throw new DatasetError(
      'network',
      timedOut
        ? `The dataset did not arrive within ${TIMEOUT_MS / 1000} seconds.`
        : `The dataset could not be fetched (${cause instanceof Error ? cause.message : 'network error'}).`,
    )
  }
  if (!res.ok) {
    throw new DatasetError(
      'http',
      `The dataset request failed with HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`,
      {
        status: res.status,
      },
    )
  }
  let raw: unknown
  try {
    raw = await res.json()
  } catch {
    throw new DatasetError('json', 'The dataset is not valid JSON.')
  }
  const { parseDataset } = await validator
  return parseDataset(raw)
}
