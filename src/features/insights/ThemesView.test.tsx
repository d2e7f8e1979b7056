import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
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
      'Digital government and AI are the most persistent themes, each on the agenda in 1 of the 2 years on record (2017–2021); the newest, first seen in 2021, is AI.',
    )
    // A native disclosure, closed at first; the table is in the page (so it opens before the app runs).
    const disclosure = within(figure).getByRole('group', { name: '' })
    expect(disclosure).not.toHaveAttribute('open')
    await user.click(within(figure).getByText('Show table'))
    expect(disclosure).toHaveAttribute('open')
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
    await user.click(within(figure).getByText('Show table'))
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
    const figure = await screen.findByRole('figure', { name: '会合ごとのトピック数(分野別)' }, { timeout: 8000 })
    expect(figure).toHaveAccessibleDescription(
      '表示中のトピックのうち、トピックが最も多かったのは「デュッセルドルフ 2017」の1件(デジタル経済0件、デジタルガバメント1件)です。',
    )
  })

  it('keeps a theme’s history from every meeting when the years are filtered: a theme back after a gap is Returned', async () => {
    const user = userEvent.setup()
    const base = makeDataset()
    const returning = makeDataset({
      meetings: [
        ...base.meetings,
        makeMeeting({
          id: 'm-2019',
          startDate: '2019-06-08',
          endDate: '2019-06-09',
          shortName: { en: 'Tsukuba 2019' },
        }),
      ],
      topics: [...base.topics, makeTopic({ id: 't-3', meetingId: 'm-2021', themes: ['digital-government'] })],
    })
    renderApp({ url: '/?view=themes&years=2021', dataset: returning })
    const figure = await screen.findByRole('figure', { name: 'Which themes appeared each year' }, { timeout: 8000 })
    expect(figure).toHaveAccessibleDescription(
      // Both themes are shown, so the sentence is about all of them; Digital government stays first seen in 2017.
      'Digital government is the most persistent theme, on the agenda in 2 of the 3 years on record (2017–2021); the newest, first seen in 2021, is AI.',
    )
    await user.click(within(figure).getByText('Show table'))
    const table = within(figure).getByRole('table', { name: 'Which themes appeared each year' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Theme', '2021'])
    const government = within(table).getByRole('row', { name: /^Digital government/ })
    expect(within(government).getByRole('cell')).toHaveTextContent('Returned (1 topic)')
  })
})
