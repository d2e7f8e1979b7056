import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

interface Seed {
  meetings: { id: string; name: { en: string }; shortName: { en: string }; documents: { title: { en: string } }[] }[]
}
// Expectations come from the dataset file itself, not from hard-coded answers.
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed
const trieste = seed.meetings.find((m) => m.id === '2021-trieste')!

test('searching “Takeda” finds Japan’s participation at Trieste; the result opens the meeting and Back returns @narrow', async ({
  page,
}) => {
  await page.goto('/?view=topics')
  await page.getByRole('searchbox', { name: 'Search topics and meetings' }).fill('Takeda')
  const results = page.getByRole('region', { name: /^Found in the meetings record/ })
  const result = results.getByRole('link', { name: /Japan’s participation/ })
  await expect(result).toContainText(trieste.shortName.en)
  await expect(result.locator('mark')).toHaveText(/takeda/i)

  await result.click()
  await expect(page.getByRole('heading', { level: 2, name: trieste.name.en })).toBeFocused()
  await expect(page).toHaveURL(/\/meetings\/2021-trieste\//)
  await page.goBack()
  await expect(results.getByRole('link', { name: /Japan’s participation/ })).toBeVisible()
})

test('a document title finds the document, and its kind is named', async ({ page }) => {
  const meeting = seed.meetings.find((m) => m.documents.length > 1)!
  const title = meeting.documents[1]!.title.en
  await page.goto('/?view=topics')
  await page.getByRole('searchbox', { name: 'Search topics and meetings' }).fill(title)
  const result = page
    .getByRole('region', { name: /^Found in the meetings record/ })
    .getByRole('link', { name: new RegExp(`^Document ${meeting.shortName.en}`) })
  await expect(result).toContainText(title)
})

test('“Osaka Track”: what the data holds, with some of the words, and 武田 in Japanese', async ({ page }) => {
  await page.goto('/?view=topics&q=Osaka%20Track')
  const some = page.getByRole('region', { name: /^Found with some of the words/ })
  // Items that hold "Osaka" come first; a topic may hold it in what was agreed rather than in its title.
  await expect(some).toContainText('Nothing holds every word of “Osaka Track”')
  await expect(some.getByRole('link').filter({ hasText: 'Osaka' }).first()).toBeVisible()

  await page.goto('/?view=topics&lang=ja')
  await page.getByRole('searchbox', { name: 'トピックと会合を検索' }).fill('武田')
  const results = page.getByRole('region', { name: /^会合の記録での一致/ })
  await expect(results.getByRole('link', { name: /日本の参加/ })).toContainText('武田')
})
