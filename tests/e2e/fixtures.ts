import { test as base, expect } from '@playwright/test'

/**
 * Every browser test fails on a console error, a hydration mismatch or an uncaught exception, and
 * records every request so tests can check nothing leaves the origin.
 */
const HYDRATION_MISMATCH = /Hydration failed|didn't match|React error #(418|425)\b/

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
      const text = msg.text()
      // React reports a hydration mismatch as a recoverable error, which src/main.tsx logs as a warning:
      // the prerendered page and the app disagree, and the page was thrown away and rendered again.
      // In production builds it is "Minified React error #418" (or #425 for text).
      if (msg.type() === 'warning' && HYDRATION_MISMATCH.test(text)) problems.push(`hydration mismatch: ${text}`)
      if (msg.type() !== 'error') return
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
