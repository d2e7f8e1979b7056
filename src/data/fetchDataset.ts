import { DatasetError } from './DatasetError'
import { parseDataset } from './parseDataset'
import type { Dataset } from './schema'

/** The dataset is about 240 KB; anything this large is not it. */
export const MAX_BYTES = 20 * 1024 * 1024

export interface FetchOptions {
  url: string
  signal?: AbortSignal | undefined
  cache?: RequestCache
  inactivityMs?: number
}

/** Give up when no byte has arrived for this long: a stalled link. A slow one that keeps sending is waited for. */
export const INACTIVITY_TIMEOUT_MS = 15_000

/**
 * Fetches, reads and validates the dataset (loadDataset loads this module beside the data, with
 * the validator, so none of it is in the first bundle). Every failure is a DatasetError naming the cause.
 */
export async function fetchDataset({
  url,
  signal,
  cache = 'default',
  inactivityMs = INACTIVITY_TIMEOUT_MS,
}: FetchOptions): Promise<Dataset> {
  // One controller for the whole request: the caller's signal, or no bytes for `inactivityMs`.
  const controller = new AbortController()
  let timedOut = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const quiet = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, inactivityMs)
  }
  const onAbort = () => controller.abort()
  signal?.addEventListener('abort', onAbort)
  const stalled = () =>
    new DatasetError('timeout', `No part of the dataset arrived for ${Math.round(inactivityMs / 1000)} seconds.`)

  try {
    quiet()
    let res: Response
    try {
      res = await fetch(url, { signal: controller.signal, cache, headers: { Accept: 'application/json' } })
    } catch (cause) {
      if (timedOut) throw stalled()
      throw new DatasetError(
        'network',
        `The dataset could not be fetched (${cause instanceof Error ? cause.message : 'network error'}).`,
      )
    }
    if (!res.ok) {
      throw new DatasetError(
        'http',
        `The dataset request failed with HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`,
        { status: res.status },
      )
    }
    return await readDataset(res, url, quiet, () => (timedOut ? stalled() : null))
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** The body, chunk by chunk (`onProgress` after each), checked to be JSON, then parsed. */
async function readDataset(
  res: Response,
  url: string,
  onProgress: () => void,
  timeoutError: () => DatasetError | null,
): Promise<Dataset> {
  const text = await readBody(res, onProgress, timeoutError)
  const type = res.headers.get('content-type') ?? ''
  if (/text\/html/i.test(type) || /^\s*</.test(text)) {
    throw new DatasetError(
      'html',
      `A web page (${type || 'HTML'}) arrived instead of the dataset's JSON: the server may not have the file at ${url}.`,
    )
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new DatasetError('json', 'The dataset is not valid JSON.')
  }
  return parseDataset(raw)
}

/** The body as text, read chunk by chunk: each chunk restarts the inactivity timer. */
async function readBody(res: Response, onProgress: () => void, timeoutError: () => DatasetError | null) {
  const expected = declaredLength(res)
  const reader = res.body?.getReader()
  if (!reader) return ''
  const decoder = new TextDecoder()
  let text = ''
  let received = 0
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch (cause) {
      throw (
        timeoutError() ??
        new DatasetError(
          'truncated',
          `The connection was lost after ${received} bytes of the dataset (${cause instanceof Error ? cause.message : 'read error'}).`,
        )
      )
    }
    if (chunk.done) break
    onProgress()
    received += chunk.value.byteLength
    if (received > MAX_BYTES) {
      await reader.cancel().catch(() => undefined)
      throw new DatasetError('tooLarge', `More than ${MAX_BYTES} bytes arrived; the dataset is far smaller.`)
    }
    text += decoder.decode(chunk.value, { stream: true })
  }
  text += decoder.decode()
  if (expected !== null && received < expected) {
    throw new DatasetError('truncated', `Only ${received} of ${expected} bytes of the dataset arrived.`)
  }
  return text
}

/** Content-Length, when it counts the bytes we read (not when the body was compressed on the way). */
function declaredLength(res: Response): number | null {
  const encoding = res.headers.get('content-encoding')
  if (encoding && encoding !== 'identity') return null
  const length = Number(res.headers.get('content-length'))
  return Number.isInteger(length) && length > 0 ? length : null
}
