import { readFileSync } from 'node:fs'
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

test('the prerendered first view also shows the error panel when the data fails, and recovers', async ({ page }) => {
  const heal = await breakDataset(page, (r) => r.fulfill({ status: 503, body: 'unavailable' }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('HTTP 503')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectRecovers(page, heal)
})

test('a dataset that never arrives times out with a message, and Retry recovers', async ({ page }) => {
  // The loader gives up after 15 seconds.
  test.setTimeout(60_000)
  const hanging: Route[] = []
  let healed = false
  await page.route(DATASET, async (route) => {
    if (healed) await route.continue()
    else hanging.push(route)
  })
  await page.goto('/?lang=en')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('did not arrive within 15 seconds', { timeout: 25_000 })
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
