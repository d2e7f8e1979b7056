import { createHash } from 'node:crypto'
import { expect, test } from './fixtures'

/** Every view and state the app has; visiting them all must not reach beyond the origin. */
const VIEWS = [
  '/',
  '/?lang=ja',
  '/?pillar=digital-government&years=2021',
  '/?q=identity',
  '/?topic=2021-digital-identity',
  '/?view=topics',
  '/?view=timeline',
  '/?meeting=2021-trieste',
  '/?view=themes',
  '/?slide=1',
  '/?slide=2&lang=ja',
]

function cspOf(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  return meta?.[1] ?? null
}

function directive(csp: string, name: string): string[] | null {
  const found = csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
  return found ? found.slice(1) : null
}

test('the built page carries a strict Content-Security-Policy', async ({ page, baseURL }) => {
  const html = await (await page.request.get(`${baseURL}/`)).text()
  const csp = cspOf(html)
  expect(csp, 'a CSP meta tag in index.html').not.toBeNull()
  const policy = csp ?? ''
  expect(directive(policy, 'default-src')).toEqual(["'self'"])
  // Scripts: script-src, or default-src when it is absent.
  const scripts = directive(policy, 'script-src') ?? directive(policy, 'default-src') ?? []
  expect(scripts).not.toContain("'unsafe-inline'")
  expect(scripts).not.toContain("'unsafe-eval'")
  expect(
    scripts.every((source) => source === "'self'" || source.startsWith("'sha") || source.startsWith("'nonce")),
  ).toBe(true)
  expect(directive(policy, 'object-src')).toEqual(["'none'"])
  // An inline script runs only when the policy names its hash (public/boot.js, inlined by the build): none
  // may rely on anything looser.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs = '', body = '']) => !/\bsrc=/.test(attrs) && body.trim() !== '',
  )
  const unlisted = inline.filter(
    ([, , body = '']) => !scripts.includes(`'sha256-${createHash('sha256').update(body).digest('base64')}'`),
  )
  expect(unlisted.map(([tag]) => tag.slice(0, 80))).toEqual([])
})

test('the policy is in force: the app runs under it without a violation', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __cspViolation: (t: string) => Promise<void> }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  for (const url of ['/', '/?view=themes', '/?slide=1']) {
    await page.goto(url)
    await expect(page.getByRole('heading').first()).toBeVisible()
  }
  expect(violations).toEqual([])
})

test('every request the app makes, on every view, is same-origin', async ({ page, requests, baseURL }) => {
  test.setTimeout(90_000)
  for (const url of VIEWS) {
    await page.goto(url)
    await expect(page.getByRole('heading').first()).toBeVisible()
    await expect(page.getByText(/Loading the dataset|データセットを読み込み中/)).toHaveCount(0)
  }
  // Themes with the table, and the chart when it comes into view.
  await page.goto('/?view=themes')
  await page.locator('summary', { hasText: 'Show table' }).first().click()
  await expect(page.getByRole('table').first()).toBeVisible()
  await page.mouse.wheel(0, 5000)
  await expect(page.getByRole('figure').last()).toBeVisible()

  const origin = new URL(baseURL ?? '').origin
  const foreign = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  )
  expect(requests.length).toBeGreaterThan(VIEWS.length)
  expect(foreign).toEqual([])
})
