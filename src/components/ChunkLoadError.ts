/**
 * A part of the app's code (a lazy chunk) did not arrive: a redeploy replaced the file names
 * while this tab was open, an upload was partial, or the network dropped. Not a data problem.
 * `retry` (set by lazyWithRetry) makes the next render import the chunk again.
 */
export class ChunkLoadError extends Error {
  retry: (() => void) | undefined

  constructor(cause: unknown, retry?: () => void) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'ChunkLoadError'
    this.retry = retry
  }
}

// Chromium, Firefox and Safari word a failed import() differently; Vite adds its CSS preload.
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i

/** Whether an error is a dynamic import that failed to load (not an error thrown by the module's code). */
export function isChunkLoadFailure(error: unknown): boolean {
  return error instanceof ChunkLoadError || (error instanceof Error && CHUNK_FAILURE.test(error.message))
}
