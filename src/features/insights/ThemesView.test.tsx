import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

// The fixture: Digital Identity (2017, digital government theme) and Trustworthy AI (2021, AI theme).
const dataset = makeDataset()

// The views are lazy-loaded; transform them once up front so the first test does not wait on the compiler.
beforeAll(async () => {
  await import('./ThemesView')
  await import('@/charts/PillarStackChart')
})

// Whole-app renders: generous limits, as a busy CI machine can be slow to load the lazy views.
describe('themes across years', { timeout: 20_000 }, () => {
  it('shows the theme matrix as a figure with a takeaway, and a real table after Show table', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=themes', dataset })
    const figure = await screen.findByRole('figure', { name: 'Which themes appeared each year' }, { timeout: 8000 })
    expect(figure).toHaveAccessibleDescription(
      'Digital government is the most persistent theme, appearing in 1 of 2 years; the newest, first seen in 2021, is AI.',
    )
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument()
    const toggle = within(figure).getByRole('button', { name: 'Show table' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const table = within(figure).getByRole('table', { name: 'Which themes appeared each year' })
    const ai = within(table).getByRole('row', { name: /^AI/ })
    expect(
      within(ai)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Absent', 'New (1 topic)'])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Theme', '2017', '2021'])
  })

  it('draws the pillar chart once near view, with its table alternative', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=themes', dataset })
    const figure = await screen.findByRole('figure', { name: 'Topics per meeting, by pillar' }, { timeout: 8000 })
    const chart = await within(figure).findByRole('img', { name: /had the most topics/ })
    expect(await within(chart).findByText('Trieste 2021')).toBeInTheDocument()
    await user.click(within(figure).getByRole('button', { name: 'Show table' }))
    const table = within(figure).getByRole('table', { name: 'Topics per meeting, by pillar' })
    const trieste = within(table).getByRole('row', { name: /Trieste 2021/ })
    expect(
      within(trieste)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '1'])
  })

  it('follows the active filters, in Japanese too', async () => {
    renderApp({ url: '/?view=themes&pillar=digital-government&lang=ja', dataset })
    const figure = await screen.findByRole('figure', { name: '会合ごとのトピック数(柱別)' }, { timeout: 8000 })
    expect(figure).toHaveAccessibleDescription(
      'トピックが最も多かったのは「デュッセルドルフ 2017」の1件(デジタル経済0件、デジタルガバメント1件)です。',
    )
  })
})
