import { test as base, expect } from '@playwright/test'

/**
 * Every browser test fails on a console error or an uncaught exception, and
 * records every request so tests can check nothing leaves the origin.
 */
export const test = base.extend<{ requests: string[] }>({
  requests: async ({ page }, use) => {
    const urls: string[] = []
    page.on('request', (req) => urls.push(req.url()))
    await use(urls)
  },
  page: async ({ page }, use) => {
    const problems: string[] = []
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`))
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const text = msg.text()
      // A failed dataset request that a test provoked on purpose is logged by Chromium; that is expected.
      if (/Failed to load resource: the server responded with a status of [45]\d\d/.test(text)) return
      if (/net::ERR_(FAILED|ABORTED|TIMED_OUT|CONNECTION)/.test(text)) return
      problems.push(`console.error: ${text}`)
    })
    await use(page)
    expect(problems, 'console errors or uncaught exceptions').toEqual([])
  },
})

export { expect }
