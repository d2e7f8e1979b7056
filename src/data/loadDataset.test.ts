import { afterEach, describe, expect, it, vi } from 'vitest'
import { rawDataset } from '../../tests/fixtures/dataset'
import { fetchDataset } from './fetchDataset'
import { loadDataset } from './loadDataset'

function answer(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, { status }))),
  )
}

const bytes = (text: string) => new TextEncoder().encode(text)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A body that arrives in pieces: each step is bytes to send, a pause, or a dropped connection. */
type Step = string | { pause: number } | { drop: true }
function stream(steps: Step[], init: ResponseInit = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, options: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          const signal = options.signal!
          signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
          for (const step of steps) {
            if (signal.aborted) return
            if (typeof step === 'string') controller.enqueue(bytes(step))
            else if ('drop' in step) return controller.error(new TypeError('network error'))
            else await sleep(step.pause)
          }
          if (!signal.aborted) controller.close()
        },
      })
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init }),
      )
    }),
  )
}

/** The real dataset JSON cut into `n` pieces. */
function pieces(text: string, n: number): string[] {
  const size = Math.ceil(text.length / n)
  return Array.from({ length: n }, (_, i) => text.slice(i * size, (i + 1) * size))
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

  it('waits for a slow body that keeps arriving: the timeout is on silence, not on the total time', async () => {
    const json = JSON.stringify(rawDataset())
    // 10 pieces 40 ms apart: 400 ms in all, much longer than the 100 ms of silence allowed.
    const steps = pieces(json, 10).flatMap((piece): Step[] => [piece, { pause: 40 }])
    stream(steps)
    await expect(fetchDataset({ url: '/data.json', inactivityMs: 100 })).resolves.toMatchObject({
      meta: { version: '1.0.0' },
    })
  })

  it('times out when the body stops arriving, and says so', async () => {
    const json = JSON.stringify(rawDataset())
    stream([json.slice(0, 100), { pause: 1000 }, json.slice(100)])
    await expect(fetchDataset({ url: '/data.json', inactivityMs: 100 })).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('No part of the dataset arrived') as string,
    })
  })

  it('says the connection was lost when the body breaks off mid-way', async () => {
    stream([JSON.stringify(rawDataset()).slice(0, 500), { drop: true }])
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'truncated' })
  })

  it('says the body was cut short when fewer bytes arrive than Content-Length announced', async () => {
    const json = JSON.stringify(rawDataset())
    const length = bytes(json).byteLength
    stream([json.slice(0, 300)], { headers: { 'content-type': 'application/json', 'content-length': String(length) } })
    await expect(loadDataset()).rejects.toMatchObject({
      kind: 'truncated',
      message: expect.stringMatching(new RegExp(`Only \\d+ of ${length} bytes`)) as string,
    })
  })

  it('recognises a web page served in place of the JSON, by its type or by its first character', async () => {
    stream(['<!doctype html><html><body>App</body></html>'], {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    })
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'html' })
    stream(['\n  <html>not found</html>'], { headers: { 'content-type': 'application/json' } })
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'html' })
  })

  it('keeps invalid JSON apart from a web page', async () => {
    stream(['{"meta": {"title": '])
    await expect(loadDataset()).rejects.toMatchObject({ kind: 'json' })
  })
})
