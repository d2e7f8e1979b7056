import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test as plain } from '@playwright/test'
import { expect, test } from '../e2e/fixtures'

const BASE = '/g20/'

test('built with BASE_PATH=/g20/ and served under /g20/, the app works there', async ({ page, requests }) => {
  const dataset = page.waitForResponse((res) => new URL(res.url()).pathname === `${BASE}data/g20-digital.json`)
  await page.goto(BASE)
  expect((await dataset).status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: "G20 Digital Ministers' Track" })).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()

  // Styled: the stylesheet under /g20/assets/ applies (the view tabs are a flex row, not a bulleted list).
  const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('list')
  await expect(tabs).toHaveCSS('display', 'flex')

  // A view switch loads that view's chunk and keeps the path.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
  await expect(page).toHaveURL(`${BASE}timeline/`)
  await expect(page.getByRole('link', { name: /Trieste/ }).first()).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL(BASE)
  await expect(page.getByRole('article').first()).toBeVisible()

  // An old link under /g20/ shows its page at its address with a path, prerendered in Japanese.
  await page.goto(`${BASE}?view=topics&lang=ja`)
  await expect(page).toHaveURL(`${BASE}ja/topics/`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  // Every page is a file of its own under the base: a meeting page in Japanese opens directly.
  const direct = await page.request.get(`${BASE}ja/meetings/2021-trieste/`)
  expect(direct.status()).toBe(200)
  expect(await direct.text()).toContain('<html lang="ja">')
  await page.goto(`${BASE}ja/meetings/2021-trieste/`)
  await expect(page.getByRole('region', { name: '大臣らが合意した内容' })).toBeVisible()

  const outside = requests
    .map((url) => new URL(url))
    .filter((url) => url.protocol.startsWith('http') && !url.pathname.startsWith(BASE))
    .map((url) => url.pathname)
  expect(outside, 'requests outside /g20/').toEqual([])
})

plain(
  'the deploy headers: no framing, nosniff, and hashed assets cached for ever, the rest revalidated',
  async ({ request }) => {
    const page = await request.get(BASE)
    expect(page.status()).toBe(200)
    const html = await page.text()
    const asset = /<script[^>]+data-entry="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(asset).toMatch(/^\/g20\/assets\/.+\.js$/)

    const headers = page.headers()
    const policy = (headers['content-security-policy'] ?? '').split(/\s*;\s*/)
    expect(policy).toContain("frame-ancestors 'none'")
    // The header carries at least everything the page's own <meta> policy says.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(meta).not.toBe('')
    for (const directive of meta.split(/\s*;\s*/)) expect(policy).toContain(directive)
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
    expect(headers['cache-control']).toBe('no-cache')

    const chunk = await request.get(asset)
    expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(chunk.headers()['content-type']).toMatch(/javascript/)
    expect(chunk.headers()['x-content-type-options']).toBe('nosniff')

    for (const path of ['data/g20-digital.json', 'index.html']) {
      const res = await request.get(`${BASE}${path}`)
      expect(res.status(), path).toBe(200)
      expect(res.headers()['cache-control'], path).toBe('no-cache')
      expect(res.headers()['etag'], path).toBeTruthy()
    }
    expect((await request.get(`${BASE}data/g20-digital.json`)).headers()['content-type']).toMatch(/^application\/json/)

    // No SPA fallback: a missing file is a 404, not the page in its place.
    const missing = await request.get(`${BASE}data/missing.json`)
    expect(missing.status()).toBe(404)
    expect(missing.headers()['x-frame-options']).toBe('DENY')
    const bare = await request.get('/g20', { maxRedirects: 0 })
    expect(bare.status()).toBe(301)
    expect(new URL(bare.headers()['location'] ?? '', 'http://x').pathname).toBe(BASE)
  },
)

plain(
  'another site cannot frame the app, not even its embed address (README, "Embedding")',
  async ({ page, baseURL }) => {
    // ?embed=1 is the address meant for an iframe; the sample's headers forbid framing it all the same.
    const app = new URL(`${BASE}themes/?embed=1`, baseURL).href
    // Another origin on this machine (a public one may not frame 127.0.0.1 at all in Chromium).
    const framer = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end(`<!doctype html><title>Framer</title><iframe src="${app}" width="800" height="600"></iframe>`)
    })
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = framer.address() as AddressInfo
      const answered = page.waitForResponse(app)
      await page.goto(`http://127.0.0.1:${port}/`)
      expect((await answered).status()).toBe(200)
      const frame = page.frames().find((f) => f !== page.mainFrame())
      expect(frame).toBeDefined()
      // The browser refused to show it: an error page in the frame, not the app (its heading is in the HTML).
      await expect.poll(() => frame!.url()).toMatch(/^chrome-error:/)
      await expect(frame!.getByText("G20 Digital Ministers' Track")).toHaveCount(0)
    } finally {
      await new Promise((resolve) => framer.close(resolve))
    }
  },
)

test('under /g20/ the service worker is /g20/sw.js, revalidated on every visit, and the app works offline after one visit', async ({
  page,
  context,
  request,
}) => {
  const sw = await request.get(`${BASE}sw.js`)
  expect(sw.status()).toBe(200)
  expect(sw.headers()['cache-control']).toBe('no-cache')
  expect(await sw.text()).toContain(`${BASE}data/g20-digital.json`)

  await page.goto(BASE)
  await expect(page.getByRole('article').first()).toBeVisible()
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(new URL(scope).pathname).toBe(BASE)
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  await page.goto(`${BASE}topics/?pillar=digital-government`)
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('article').getByText('Pillar: Digital economy', { exact: true })).toHaveCount(0)
})
