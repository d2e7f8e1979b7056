import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

interface Topic {
  id: string
  meetingId: string
  pillar: string
  title: { en: string; ja?: string }
}
const dataset = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as {
  topics: Topic[]
}
const trieste = dataset.topics.filter((t) => t.meetingId === '2021-trieste')
const triesteGov = trieste.filter((t) => t.pillar === 'digital-government')

test('?lang=ja shows the Trieste topics in Japan’s own Japanese @narrow', async ({ page }) => {
  await page.goto('/?view=topics&lang=ja&meetings=2021-trieste')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page).toHaveTitle(/G20デジタル大臣会合/)
  for (const topic of trieste) {
    await expect(page.getByRole('heading', { name: topic.title.ja!, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('heading', { name: 'Digital Identity', exact: true })).toHaveCount(0)
})

test('the lens works by its Japanese names, and switching back to English keeps the filters', async ({ page }) => {
  await page.goto('/?view=topics&lang=ja&meetings=2021-trieste')
  await page
    .getByRole('radio', { name: /^デジタルガバメント/ })
    .or(page.getByRole('button', { name: /^デジタルガバメント/ }))
    .click()
  await expect(page).toHaveURL(/pillar=digital-government/)
  await expect(page.getByRole('article')).toHaveCount(triesteGov.length)
  await page.getByRole('button', { name: 'English', exact: true }).click()
  await expect(page).toHaveURL(/lang=en/)
  await expect(page).toHaveURL(/pillar=digital-government/)
  await expect(page.getByRole('article')).toHaveCount(triesteGov.length)
  await expect(page.getByRole('heading', { name: 'Digital Identity', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('search finds デジタルアイデンティティ, also typed in half-width katakana', async ({ page }) => {
  await page.goto('/?view=topics&lang=ja')
  const search = page.getByRole('searchbox', { name: 'トピックと会合を検索' })
  await search.fill('ｱｲﾃﾞﾝﾃｨﾃｨ')
  await expect(page.getByRole('article')).toHaveCount(1)
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(/デジタルアイデンティティ/)
})

test('the language choice is remembered for the next visit', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: '日本語', exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('G20デジタル大臣会合')
})

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' })

  test('opens in Japanese by default', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await expect(page.getByRole('group', { name: 'Language / 言語' })).toBeVisible()
  })
})
