// Chromium for the benchmark: Debian's build with the same flags as the e2e suite.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
/** The flags every Chromium here is started with: one list, shared with the e2e suite. */
export const CHROMIUM_ARGS = JSON.parse(readFileSync(new URL('../tests/chromium-flags.json', import.meta.url), 'utf8'))

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
