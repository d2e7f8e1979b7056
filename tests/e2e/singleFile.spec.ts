import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import { appMessages } from '../../src/app/messages'
import { singleFileMessages } from '../../src/app/singleFileMessages'
import { formatDate } from '../../src/i18n/format'
import { compareMessages } from '../../src/features/compare/messages'
import { insightsMessages } from '../../src/features/insights/messages'
import { meetingMessages } from '../../src/features/timeline/detail/messages'
import { timelineMessages } from '../../src/features/timeline/messages'
import { expect, test } from './fixtures'

// `npm run build:offline`'s one file, opened from disk (file://) with the network off: what a reader gets
// from a USB stick or an e-mail attachment. Built once here, into its own folder beside the test build.
const root = fileURLToPath(new URL('../..', import.meta.url))
const outDir = resolve(root, `${process.env.E2E_DIST ?? 'dist'}-offline`)
const fileUrl = pathToFileURL(resolve(outDir, 'g20-digital-dashboard.html')).href

interface Seed {
  meta: { version: string; dataAsOf: string }
  meetings: {
    id: string
    name: { en: string; ja: string }
    shortName: { en: string; ja: string }
    agreements: unknown[]
  }[]
  topics: { meetingId: string; title: { en: string; ja: string } }[]
}
const seed = JSON.parse(readFileSync(resolve(root, 'public/data/g20-digital.json'), 'utf8')) as Seed
const trieste = seed.meetings.find((m) => m.id === '2021-trieste')!
const triesteTopic = seed.topics.find((t) => t.meetingId === trieste.id)!

test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  test.setTimeout(180_000)
  execFileSync('npx', ['vite', 'build', '--mode', 'offline', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, OFFLINE_DIST: outDir },
    stdio: 'inherit',
  })
})

// Nothing may leave the file: no server, no network (setOffline), and every request is the file's own.
test.beforeEach(async ({ context }) => {
  await context.setOffline(true)
})

test.afterEach(({ requests }) => {
  expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([])
})

async function open(page: Page, query: string) {
  await page.goto(`${fileUrl}${query}`)
}

for (const lang of ['en', 'ja'] as const) {
  const t = appMessages[lang]
  const views = viewsOf(lang)

  test(`${lang}: the single file opens from disk, shows the overview, every view and the snapshot note`, async ({
    page,
  }) => {
    await open(page, lang === 'ja' ? '?lang=ja' : '')
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible()
    await expect(page.getByText(triesteTopic.title[lang], { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('contentinfo')).toContainText(
      singleFileMessages[lang].snapshot(seed.meta.version, formatDate(seed.meta.dataAsOf, lang)),
    )

    const main = page.getByRole('main')
    const nav = page.getByRole('navigation', { name: t.viewsLabel })
    for (const { name, view, shows } of views) {
      await nav.getByRole('link', { name, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`g20-digital-dashboard\\.html\\?view=${view}`))
      await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page')
      await expect(shows(page)).toBeVisible()
    }
    // The charts are a lazy part of the web build; here they are inside the file.
    await nav.getByRole('link', { name: t.viewThemes, exact: true }).click()
    const chart = main.getByRole('figure', { name: insightsMessages[lang].chartTitle })
    await chart.scrollIntoViewIfNeeded()
    await expect(chart.locator('.recharts-surface').first()).toBeVisible()
    // The address is the page: a reload on file:// shows the same view, in the same language.
    await page.reload()
    await expect(main.getByRole('figure', { name: insightsMessages[lang].matrixTitle })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
  })

  test(`${lang}: a meeting opens from the timeline with its heading and what was agreed`, async ({ page }) => {
    await open(page, lang === 'ja' ? '?view=timeline&lang=ja' : '?view=timeline')
    await page
      .getByRole('list', { name: timelineMessages[lang].listLabel })
      .getByRole('link', { name: trieste.shortName[lang] })
      .click()
    await expect(page).toHaveURL(/\?(view=timeline&)?meeting=2021-trieste/)
    await expect(page.getByRole('heading', { level: 2, name: trieste.name[lang] })).toBeVisible()
    const agreed = page.getByRole('region', { name: meetingMessages[lang].agreed })
    // One item per agreement (each with its own list of sources inside).
    await expect(agreed.getByRole('list').first().locator(':scope > li')).toHaveCount(trieste.agreements.length)
    expect(trieste.agreements.length).toBeGreaterThan(0)
    await page.goBack()
    await expect(page.getByRole('list', { name: timelineMessages[lang].listLabel })).toBeVisible()
  })
}

// The PowerPoint writer is a script the page adds on click (a data: URL here, allowed by the file's policy).
test('the PowerPoint export works from the file too', async ({ page }, testInfo) => {
  await open(page, '?view=topics')
  await page.getByRole('button', { name: 'Share and export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download PowerPoint (.pptx)' }).click()
  const path = testInfo.outputPath('deck.pptx')
  await (await download).saveAs(path)
  const parts = execFileSync('unzip', ['-Z1', path]).toString().split('\n')
  expect(parts).toContain('ppt/presentation.xml')
  expect(parts.filter((part) => /^ppt\/slides\/slide\d+\.xml$/.test(part)).length).toBeGreaterThan(1)
})

function viewsOf(lang: 'en' | 'ja') {
  const t = appMessages[lang]
  const main = (page: Page) => page.getByRole('main')
  return [
    {
      name: t.viewTopics,
      view: 'topics',
      shows: (page: Page) => main(page).getByText(triesteTopic.title[lang]).first(),
    },
    {
      name: t.viewTimeline,
      view: 'timeline',
      shows: (page: Page) => main(page).getByRole('list', { name: timelineMessages[lang].listLabel }),
    },
    {
      name: t.viewThemes,
      view: 'themes',
      shows: (page: Page) => main(page).getByRole('figure', { name: insightsMessages[lang].matrixTitle }),
    },
    {
      name: t.viewCompare,
      view: 'compare',
      shows: (page: Page) => main(page).getByRole('heading', { level: 2, name: compareMessages[lang].heading }),
    },
  ]
}
