import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import type { Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'

const DATASET = '**/data/g20-digital.json'
const real = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as {
  meta: unknown
  themes: unknown[]
  context: unknown[]
  meetings: { id: string }[]
  topics: { id: string; meetingId: string }[]
}

interface Failure {
  name: string
  /** How the broken server answers. */
  answer: (route: Route) => Promise<void>
  /** Words in the panel that name the cause. */
  cause: RegExp
}

const json = (body: unknown) => (route: Route) =>
  route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify(body),
  })

const FAILURES: Failure[] = [
  {
    name: 'HTTP 404',
    answer: (r) => r.fulfill({ status: 404, body: 'Not Found' }),
    cause: /HTTP 404/,
  },
  {
    name: 'HTTP 500',
    answer: (r) => r.fulfill({ status: 500, body: 'Internal Server Error' }),
    cause: /HTTP 500/,
  },
  {
    name: 'a dropped connection',
    answer: (r) => r.abort('failed'),
    cause: /did not arrive|could not be fetched/,
  },
  {
    // What an SPA fallback does for a missing file: index.html with status 200.
    name: 'an HTML page served in place of the JSON',
    answer: (r) =>
      r.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>',
      }),
    cause: /A web page arrived where the dataset was expected/,
  },
  {
    name: 'malformed JSON',
    answer: (r) =>
      r.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"meta": {"title": ',
      }),
    cause: /not valid JSON/,
  },
  {
    name: 'a topic that points to an unknown meeting',
    answer: json({
      ...real,
      topics: real.topics.map((t, i) => (i === 3 ? { ...t, meetingId: 'no-such-meeting' } : t)),
    }),
    cause: /topics\[3\]\.meetingId|unknown meeting "no-such-meeting"/,
  },
  {
    name: 'a field of the wrong type',
    answer: json({
      ...real,
      meetings: real.meetings.map((m, i) => (i === 1 ? { ...m, startDate: 'yesterday' } : m)),
    }),
    cause: /meetings\[1\]\.startDate/,
  },
  {
    name: 'an empty dataset',
    answer: json({ ...real, meetings: [], topics: [] }),
    cause: /empty/i,
  },
]

/** Serves `failure` until `heal()` is called, then the real file. */
async function breakDataset(page: Page, answer: (route: Route) => Promise<void>) {
  let healed = false
  await page.route(DATASET, async (route) => (healed ? route.continue() : answer(route)))
  return () => {
    healed = true
  }
}

async function expectRecovers(page: Page, heal: () => void) {
  heal()
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
}

for (const failure of FAILURES) {
  test(`${failure.name}: the error panel names the cause and Retry recovers`, async ({ page }) => {
    const heal = await breakDataset(page, failure.answer)
    // ?lang=en: the client renders (the plain URL hydrates prerendered cards, covered below).
    await page.goto('/?lang=en')
    const panel = page.getByRole('alert')
    await expect(panel).toContainText('The dataset could not be loaded')
    await expect(panel).toContainText(failure.cause)
    // Not a blank page: the header and the way back are still there.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('article')).toHaveCount(0)
    await expectRecovers(page, heal)
  })
}

test('the prerendered overview keeps its cards when the data fails, with a banner naming the cause; Retry recovers', async ({
  page,
}) => {
  const heal = await breakDataset(page, (r) => r.fulfill({ status: 503, body: 'unavailable' }))
  await page.goto('/')
  const banner = page.getByRole('alert')
  await expect(banner).toContainText('HTTP 503')
  await expect(banner).toContainText('The cards below are from when this page was published')
  // The readable cards stay on screen under the banner: not wiped by the error panel.
  await expect(page.getByRole('article').first()).toBeVisible()
  expect(await page.getByRole('article').count()).toBeGreaterThan(10)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectRecovers(page, heal)
  // Hydrated now: a view switch works.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click()
  await expect(page.getByRole('heading', { name: 'Timeline, 2017–2021' })).toBeVisible()
})

test('the prerendered overview keeps its cards when a web page arrives in place of the JSON, and says so', async ({
  page,
}) => {
  await breakDataset(page, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Not here</body></html>' }),
  )
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('A web page arrived where the dataset was expected')
  await expect(page.getByRole('alert')).not.toContainText('not valid JSON')
  await expect(page.getByRole('article').first()).toBeVisible()
  // Another view has nothing prerendered to keep: it shows the error panel, and Back the kept cards' page works.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Topics' }).click()
  await expect(page.getByRole('alert')).toContainText('The dataset could not be loaded')
})

test('a dataset that never arrives times out with a message, and Retry recovers', async ({ page }) => {
  // The loader gives up after 15 seconds without a byte.
  test.setTimeout(60_000)
  const hanging: Route[] = []
  let healed = false
  await page.route(DATASET, async (route) => {
    if (healed) await route.continue()
    else hanging.push(route)
  })
  await page.goto('/?lang=en')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('No part of the dataset arrived for 15 seconds', {
    timeout: 25_000,
  })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // The server comes back; the stalled connections (the preload and the fetch) are closed.
  // While the preload is still pending, Chromium holds a new request for the same URL behind it.
  healed = true
  await Promise.all(hanging.map((route) => route.abort('connectionclosed').catch(() => undefined)))
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the error panel speaks Japanese too', async ({ page }) => {
  await breakDataset(page, (r) => r.fulfill({ status: 500, body: 'boom' }))
  await page.goto('/?lang=ja')
  const panel = page.getByRole('alert')
  await expect(panel).toContainText('データセットを読み込めませんでした')
  await expect(panel).toContainText('HTTP 500')
  await expect(page.getByRole('button', { name: '再試行' })).toBeVisible()
})

// ——— Slow links ———

/** A server on 127.0.0.1 that sends `body` at `bytesPerSecond`, in small writes, as a hotel Wi-Fi would. */
async function trickleServer(body: Buffer, bytesPerSecond: number): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) })
    const piece = Math.ceil(bytesPerSecond / 10)
    let sent = 0
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer)
      res.write(body.subarray(sent, sent + piece))
      sent += piece
      if (sent >= body.length) {
        clearInterval(timer)
        res.end()
      }
    }, 100)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/g20-digital.json`, server }
}

test('the dataset trickled at 5 KB/s (48 s for the whole file) still loads: the timeout is on silence', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const body = readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url))
  const { url, server } = await trickleServer(body, 5 * 1024)
  try {
    // The page still asks its own origin; the answer comes from the slow server.
    await page.route(DATASET, (route) => route.continue({ url }))
    await page.goto('/?lang=en')
    await expect(page.getByRole('status')).toContainText('Loading the dataset')
    await expect(page.getByRole('article').first()).toBeVisible({ timeout: 90_000 })
    await expect(page.getByRole('alert')).toHaveCount(0)
  } finally {
    server.closeAllConnections()
    server.close()
  }
})

// ——— A part of the app (a lazy chunk) that fails to load ———

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' })

test('a view whose code answers 404 says part of the app is missing; the other views keep working; Retry loads it once it is back', async ({
  page,
}) => {
  let broken = true
  await page.route('**/assets/TimelineView-*.js', (route) =>
    broken ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue(),
  )
  await page.goto('/?lang=en')
  await expect(page.getByRole('article').first()).toBeVisible()

  await views(page).getByRole('link', { name: 'Timeline' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Part of the app could not be loaded')
  await expect(alert).toContainText('a newer version may have been published')
  await expect(alert).not.toContainText('dataset')
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible()

  // Every other view still works: the error stays with the view that failed.
  await views(page).getByRole('link', { name: 'Topics' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('article').first()).toBeVisible()
  await views(page).getByRole('link', { name: 'Themes' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await views(page).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('article').first()).toBeVisible()

  // Still missing: the same honest message. Then the file is back, and Retry really imports it again.
  await views(page).getByRole('link', { name: 'Timeline' }).click()
  await expect(page.getByRole('alert')).toContainText('Part of the app could not be loaded')
  broken = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { name: 'Timeline, 2017–2021' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the missing-code message speaks Japanese too', async ({ page }) => {
  await page.route('**/assets/ThemesView-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.goto('/?lang=ja&view=themes')
  await expect(page.getByRole('alert')).toContainText('アプリの一部を読み込めませんでした')
  await expect(page.getByRole('button', { name: '再読み込み' })).toBeVisible()
  await expect(page.getByRole('button', { name: '再試行' })).toBeVisible()
})

test("when the deck's code fails, the full-screen error has a way out: Leave, and Escape", async ({ page }) => {
  await page.route('**/assets/Presentation-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.goto('/?lang=en')
  const present = page.getByRole('button', { name: 'Present' })
  await present.click()
  await expect(page.getByRole('alert')).toContainText('Part of the app could not be loaded')
  await page.getByRole('button', { name: 'Leave' }).click()
  await expect(page).not.toHaveURL(/slide=/)
  await expect(present).toBeVisible()

  await present.click()
  await expect(page.getByRole('alert')).toContainText('Part of the app could not be loaded')
  await page.keyboard.press('Escape')
  await expect(page).not.toHaveURL(/slide=/)
  await expect(page.getByRole('article').first()).toBeVisible()
})

test('when the presenter window’s code fails, its error has Leave, which closes that window', async ({ page }) => {
  // The popup is another page of the same context: route the context.
  await page
    .context()
    .route('**/assets/PresenterView-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.goto('/?lang=en')
  await page.getByRole('button', { name: 'Present' }).click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Presenter view' }).click()
  const presenter = await popup
  await expect(presenter.getByRole('alert')).toContainText('Part of the app could not be loaded')
  const closed = presenter.waitForEvent('close')
  await presenter.getByRole('button', { name: 'Leave' }).click()
  await closed
  expect(presenter.isClosed()).toBe(true)
})

test('when the share panel\'s code fails, the panel says so with Retry instead of "Loading…" for ever', async ({
  page,
}) => {
  let broken = true
  await page.route('**/assets/SharePanel-*.js', (route) =>
    broken ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue(),
  )
  await page.goto('/?lang=en')
  await page.getByRole('button', { name: 'Share and export' }).click()
  await expect(page.getByRole('alert')).toContainText('Part of the app could not be loaded')
  broken = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeVisible()
})

test("when the handout's code fails, Print handout prints the page itself, not a blank sheet", async ({ page }) => {
  await page.route('**/assets/Handout-*.js', (route) => route.fulfill({ status: 404, body: 'Not Found' }))
  await page.goto('/?lang=en')
  await expect(page.getByRole('article').first()).toBeVisible()
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '')
  })
  await page.getByRole('button', { name: 'Print handout' }).click()
  await expect(page.locator('body[data-printed]')).toBeAttached()
  await page.emulateMedia({ media: 'print' })
  // The page's own content prints (the header and buttons stay off paper, as always).
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('article').first()).toBeVisible()
})

// ——— URL fuzzing in the browser ———

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'); alert(1); //",
  '<svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '%3Cscript%3Ealert(1)%3C/script%3E',
]
const KEYS = ['view', 'pillar', 'years', 'meetings', 'themes', 'q', 'topic', 'meeting', 'slide', 'lang', 'year', 'x']
const VALUES = [
  'timeline',
  'themes',
  'topics',
  'overview',
  'digital-government',
  'digital-economy',
  '2021',
  '2017,2021',
  '2021-trieste',
  '2021-digital-identity',
  'ai',
  'ja',
  'en',
  '1',
  '0',
  '-1',
  '999',
  'NaN',
  '',
  '%',
  '%%',
  '__proto__',
  'constructor',
]

const queryArb = fc
  .array(
    fc.tuple(
      fc.constantFrom(...KEYS),
      fc.oneof(
        fc.constantFrom(...VALUES),
        fc.constantFrom(...PAYLOADS),
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
      ),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${/^%/.test(v) ? v : encodeURIComponent(v)}`).join('&'))

// 50 query strings, the same each run; every script payload is among them in q.
const fuzzed = [
  ...PAYLOADS.map((p) => `q=${encodeURIComponent(p)}`),
  ...fc.sample(queryArb, { numRuns: 50 - PAYLOADS.length, seed: 20_211_001 }),
]

test('50 random query strings: no crash, no console error, nothing executed', async ({ page }) => {
  test.setTimeout(180_000)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    // If a payload ever ran, it would call one of these.
    const w = window as unknown as { __executed: string[] }
    w.__executed = []
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((...args: unknown[]) => {
        w.__executed.push(`${name}(${args.map(String).join(',')})`)
        return null
      }) as never
    }
  })
  expect(fuzzed).toHaveLength(50)
  for (const query of fuzzed) {
    await page.goto(`/?${query}`)
    // The page renders something (presenting hides the site header, so any heading).
    await expect(page.getByRole('heading').first(), query).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Something unexpected' }), query).toHaveCount(0)
    await expect(page.locator('img[src="x"], #root script, [onerror], [onload]'), query).toHaveCount(0)
    expect(await page.evaluate(() => (window as unknown as { __executed: string[] }).__executed), query).toEqual([])
  }
  expect(dialogs).toEqual([])
})
