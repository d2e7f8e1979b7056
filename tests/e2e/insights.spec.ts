import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

interface Seed {
  meetings: { id: string; startDate: string }[]
  topics: { meetingId: string; themes: string[] }[]
  themes: { id: string; name: { en: string } }[]
}

// Expectations come from the dataset file itself, not from hard-coded answers.
const seed = JSON.parse(readFileSync(new URL('../../public/data/g20-digital.json', import.meta.url), 'utf8')) as Seed
const yearOf = new Map(seed.meetings.map((m) => [m.id, Number(m.startDate.slice(0, 4))]))
const firstYear = (themeId: string) =>
  Math.min(...seed.topics.filter((t) => t.themes.includes(themeId)).map((t) => yearOf.get(t.meetingId)!))
const nameOf = (themeId: string) => seed.themes.find((t) => t.id === themeId)!.name.en

/** "Theme year" for each cell marked New in the table rows ([name, ...cells]). */
function newCells(rows: string[][], years: number[]): string[] {
  return rows.flatMap(([name, ...cells]) =>
    cells.flatMap((cell, i) => (cell.startsWith('New') ? [`${name} ${years[i]}`] : [])),
  )
}

/** What the whole record says: themes of the topics in those years whose first year is one of them. */
function expectedNew(years: number[]): string[] {
  const shown = new Set(seed.topics.filter((t) => years.includes(yearOf.get(t.meetingId)!)).flatMap((t) => t.themes))
  return [...shown].filter((id) => years.includes(firstYear(id))).map((id) => `${nameOf(id)} ${firstYear(id)}`)
}

test('with the years 2020 and 2021 picked, no theme on record before 2021 is called new or first seen in 2021', async ({
  page,
}) => {
  const older = ['digital-government', 'agile-regulation']
  for (const id of older) expect(firstYear(id)).toBeLessThan(2021)
  await page.goto('/?view=themes&years=2020,2021')
  const figure = page.getByRole('figure', { name: 'Which themes appeared each year' })
  const describedBy = (await figure.getAttribute('aria-describedby'))!
  const text = (await page.locator(`[id="${describedBy}"]`).textContent()) ?? ''
  expect(text).toMatch(/first seen in \d{4}/)
  const newestPart = /first seen in 2021, (?:is|are) ([^.;]*)/.exec(text)?.[1] ?? ''
  for (const id of older) expect(newestPart).not.toContain(nameOf(id))

  await figure.locator('summary', { hasText: 'Show table' }).click()
  const table = figure.getByRole('table', { name: 'Which themes appeared each year' })
  const rowOf = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
  await expect(table.getByRole('columnheader')).toHaveText(['Theme', '2020', '2021'])
  for (const id of older) {
    const cells = rowOf(nameOf(id)).getByRole('cell')
    await expect(cells.last()).toHaveText(/^(Returned|Continued) \(/)
  }
  // Every cell marked New is the theme's first year over every meeting, whatever the filter.
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')))
  expect(newCells(rows, [2020, 2021]).sort()).toEqual(expectedNew([2020, 2021]).sort())
})
