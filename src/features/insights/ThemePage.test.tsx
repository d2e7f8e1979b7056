import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeAgreement, makeDataset, makeDayMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'
import { themeYears } from './themeYears'
import { indexDataset } from '@/data/selectors'

const dataset = makeDataset({
  themes: [
    {
      id: 'dfft',
      name: { en: 'Data Free Flow with Trust', ja: '信頼性のある自由なデータ流通' },
      description: { en: 'DFFT.' },
    },
    { id: 'ai', name: { en: 'Artificial intelligence' }, description: { en: 'AI.' } },
  ],
  meetings: [
    makeDayMeeting('m2018', '2018-08-24', 'Salta 2018'),
    makeDayMeeting('m2019', '2019-06-08', 'Tsukuba 2019'),
    makeDayMeeting('m2021', '2021-08-05', 'Trieste 2021'),
  ],
  topics: [
    makeTopic({ id: 'ai18', meetingId: 'm2018', themes: ['ai'], title: { en: 'AI at Salta' } }),
    makeTopic({
      id: 'dfft19',
      meetingId: 'm2019',
      themes: ['dfft'],
      title: { en: 'DFFT at Tsukuba' },
      agreement: [makeAgreement({ verb: 'agreed', text: { en: 'Agreed the concept of DFFT.' }, section: undefined })],
    }),
    makeTopic({ id: 'dfft21', meetingId: 'm2021', themes: ['dfft', 'ai'], title: { en: 'DFFT at Trieste' } }),
  ],
})

beforeAll(async () => {
  await import('./ThemePage')
})

describe('themeYears', () => {
  it('lists every year with a meeting, and the theme’s topics where it was on the agenda', () => {
    const years = themeYears(indexDataset(dataset), 'dfft')
    expect(years.map((y) => [y.year, y.meetings.flatMap((m) => m.topics.map((t) => t.id))])).toEqual([
      [2018, []],
      [2019, ['dfft19']],
      [2021, ['dfft21']],
    ])
  })
})

describe('the theme page', { timeout: 20_000 }, () => {
  it('follows one theme year by year: what was agreed, and the years it was not on the agenda', async () => {
    renderApp({ url: '/themes/dfft/', dataset })
    const heading = await screen.findByRole(
      'heading',
      { level: 2, name: 'Data Free Flow with Trust' },
      { timeout: 8000 },
    )
    expect(heading).toHaveFocus()
    expect(
      screen.getByText(
        'Data Free Flow with Trust was on the agenda in 2 of the 3 years with a meeting in 2017–2021: 2019 and 2021.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '2018' })).toHaveTextContent('Not on the agenda in 2018')
    const y2019 = screen.getByRole('region', { name: '2019' })
    expect(y2019).toHaveTextContent('DFFT at Tsukuba')
    expect(y2019).toHaveTextContent('Agreed the concept of DFFT.')
    expect(within(y2019).getByRole('link', { name: 'Tsukuba 2019' })).toHaveAttribute('href', '/meetings/m2019/')
  })

  it('opens from a theme chip on a card, and speaks Japanese', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/ja/topics/', dataset })
    const card = await screen.findByRole('article', { name: /^DFFT at Tsukuba/ }, { timeout: 8000 })
    await user.click(within(card).getByRole('link', { name: '信頼性のある自由なデータ流通' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: '信頼性のある自由なデータ流通' }, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(window.location.pathname).toBe('/ja/themes/dfft/')
    expect(screen.getByRole('region', { name: '2018年' })).toHaveTextContent('2018年は議題にならなかった')
  })

  it('says so, with a way back, for an unknown theme', async () => {
    renderApp({ url: '/themes/nope/', dataset })
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Theme not found' }, { timeout: 8000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Back to themes across years/ })).toHaveAttribute('href', '/themes/')
  })
})
