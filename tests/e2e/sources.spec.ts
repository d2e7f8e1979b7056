import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

interface Seed {
  meetings: { id: string }[]
  publishers: { id: string; kind: string }[]
  topics: { id: string; title: { en: string }; sources: { publisher: string }[] }[]
}

// Expectations come from the dataset file itself.
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed
const kind = new Map(seed.publishers.map((p) => [p.id, p.kind]))
const pressOnly = seed.topics.find((t) => t.sources.every((s) => kind.get(s.publisher) === 'press'))!

/** "fact F70", "(F70)", "事実 F70", "J3": internal fact-sheet numbers a reader must never see. */
const FACT_NUMBER = /\bfact F\d+|\(F\d+\)|事実 ?F\d+|\b[FJ]\d{1,3}\)/

test('no page shows an internal fact-sheet number, in either language', async ({ page }) => {
  const addresses = [
    '/',
    '/?view=topics',
    '/?view=timeline',
    '/?view=themes',
    ...seed.meetings.map((m) => `/?meeting=${m.id}`),
    `/?view=topics&topic=${pressOnly.id}`,
  ]
  for (const lang of ['en', 'ja']) {
    for (const address of addresses) {
      await page.goto(`${address}${address.includes('?') ? '&' : '?'}lang=${lang}`)
      await expect(page.locator('main')).not.toContainText(/Loading the dataset|データセットを読み込み中/)
      await expect(page.locator('main h2').first()).toBeVisible()
      expect(await page.locator('body').innerText(), `${address} in ${lang}`).not.toMatch(FACT_NUMBER)
    }
  }
})

test('a topic that rests on press coverage only says so, with the reason, and labels its sources', async ({ page }) => {
  await page.goto(`/?view=topics&topic=${pressOnly.id}`)
  const dialog = page.getByRole('dialog', { name: pressOnly.title.en })
  await expect(dialog.getByText('Press only', { exact: true }).first()).toBeVisible()
  await expect(dialog).toContainText('Only press coverage supports what carries this mark')
  await expect(dialog).toContainText('Press coverage:')
  await expect(dialog.getByRole('region', { name: 'What was agreed' })).toBeVisible()
})

test('the Trieste page lists the presidency’s actions and what the ministers agreed, official sources first', async ({
  page,
}) => {
  await page.goto('/?meeting=2021-trieste')
  const agreed = page.getByRole('region', { name: 'What the ministers agreed' })
  await expect(agreed).toContainText('Digital Economy Working Group')
  await expect(agreed.getByRole('listitem').first()).toContainText(/Sources: Official: /)
  const actions = page.getByRole('region', { name: /12 actions/ })
  await expect(
    actions
      .getByRole('listitem')
      .filter({ hasText: /^Action \d+\./ })
      .first(),
  ).toContainText('Action 1.')
  await expect(actions).toContainText('The Italian presidency announced')
})
