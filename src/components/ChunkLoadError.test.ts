import { describe, expect, it } from 'vitest'
import { ChunkLoadError, isChunkLoadFailure } from './ChunkLoadError'

describe('isChunkLoadFailure', () => {
  it('recognises a failed import() as each browser words it', () => {
    const messages = [
      'Failed to fetch dynamically imported module: https://example.org/assets/TimelineView-abc.js', // Chromium
      'error loading dynamically imported module: https://example.org/assets/TimelineView-abc.js', // Firefox
      'Importing a module script failed.', // Safari
      'Unable to preload CSS for /assets/Handout-abc.css', // Vite's preload helper
    ]
    for (const message of messages) expect(isChunkLoadFailure(new TypeError(message)), message).toBe(true)
    expect(isChunkLoadFailure(new ChunkLoadError(new Error('x')))).toBe(true)
  })

  it('leaves errors thrown by the code itself, and data errors, alone', () => {
    expect(isChunkLoadFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false)
    expect(isChunkLoadFailure(new Error('The dataset is not valid JSON.'))).toBe(false)
    expect(isChunkLoadFailure('Failed to fetch dynamically imported module')).toBe(false)
  })
})
