import { afterEach, describe, expect, it, vi } from 'vitest'
import { rawDataset } from '../../tests/fixtures/dataset'
import { loadDataset } from './loadDataset'

function answer(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  )
}

afterEach(() => vi.unstubAllGlobals())

describe('loadDataset', () => {
  it('returns the validated dataset', async () => {
    answer(JSON.stringify(rawDataset()))
    await expect(loadDataset()).resolves.toMatchObject({ meta: { version: '1.0.0' } })
  })

  it('names the HTTP status when the server fails', async () => {
    answer('missing', 404)
    await expect(loadDataset()).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: expect.stringContaining('HTTP 404') as string,
    })
  })

  it('says when the body is not JSON', async () => {
    answer('{ not json')
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'json' })
  })

  it('says when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(loadDataset()).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('Failed to fetch') as string,
    })
  })

  it('names the bad field of a schema violation', async () => {
    const raw = rawDataset()
    ;(raw.meetings as { format: string }[])[0]!.format = 'teleconference'
    answer(JSON.stringify(raw))
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'schema', path: 'meetings[0].format' })
  })
})
