import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  makeAgreement,
  makeDataset,
  makeDayMeeting,
  makeTopic,
  makeUnagreedTopic,
} from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

const meeting = (id: string, date: string, shortName: string) =>
  makeDayMeeting(id, date, shortName, `${shortName}(日本語)`)
const dataset = makeDataset({
  themes: [
    { id: 'ai', name: { en: 'Artificial intelligence', ja: '人工知能' }, description: { en: 'AI' } },
    { id: 'skills', name: { en: 'Digital skills', ja: 'デジタルスキル' }, description: { en: 'Skills' } },
    { id: 'gov', name: { en: 'Digital government', ja: 'デジタルガバメント' }, description: { en: 'Gov' } },
  ],
  meetings: [
    meeting('m1', '2017-04-06', 'Düsseldorf 2017'),
    meeting('m2', '2019-06-08', 'Tsukuba 2019'),
    meeting('m3', '2021-08-05', 'Trieste 2021'),
  ],
  topics: [
    makeTopic({ id: 't1', meetingId: 'm1', themes: ['skills'], title: { en: 'Skills for all' } }),
    makeTopic({
      id: 't2',
      meetingId: 'm2',
      themes: ['ai'],
      title: { en: 'AI Principles' },
      agreement: [makeAgreement({ verb: 'agreed', text: { en: 'Agreed the G20 AI Principles.' }, section: undefined })],
    }),
    makeTopic({ id: 't3', meetingId: 'm3', themes: ['ai', 'skills'], title: { en: 'Trustworthy AI' } }),
    makeUnagreedTopic({ id: 't4', meetingId: 'm3', themes: ['gov'], title: { en: 'Digital identity' } }),
  ],
})

beforeAll(async () => {
  await import('./CompareView')
})

describe('the compare view', { timeout: 20_000 }, () => {
  it('compares the last two meetings by default, one true sentence per change, with what each agreed', async () => {
    renderApp({ url: '/?view=compare', dataset })
    const heading = await screen.findByRole('heading', { level: 2, name: 'Compare two meetings' }, { timeout: 8000 })
    expect(heading).toHaveFocus()
    expect(screen.getByRole('combobox', { name: 'First meeting' })).toHaveValue('m2')
    expect(screen.getByRole('combobox', { name: 'Second meeting' })).toHaveValue('m3')
    expect(
      screen.getByText(
        'Compared with Tsukuba 2019, Trieste 2021 took up 1 new theme, brought back 1, continued 1 and did not take up 0 of Tsukuba 2019’s.',
      ),
    ).toBeInTheDocument()
    const added = screen.getByRole('region', { name: 'New (1)' })
    expect(added).toHaveTextContent(
      'Digital government first appears at Trieste 2021: no earlier meeting on record took it up.',
    )
    expect(added).toHaveTextContent('No topic on this theme at Tsukuba 2019.')
    expect(added).toHaveTextContent('No agreed text found in the sources')
    // Skills was not at Tsukuba but was at Düsseldorf: it returned, it is not new.
    expect(screen.getByRole('region', { name: 'Returned (1)' })).toHaveTextContent(
      'Digital skills is back at Trieste 2021: it was not on the agenda at Tsukuba 2019, and was last taken up at Düsseldorf 2017.',
    )
    const continued = screen.getByRole('region', { name: 'Continued (1)' })
    expect(continued).toHaveTextContent(
      'Artificial intelligence was on the agenda at both Tsukuba 2019 and Trieste 2021.',
    )
    expect(continued).toHaveTextContent('Agreed the G20 AI Principles.')
    expect(within(continued).getByRole('link', { name: 'AI Principles' })).toHaveAttribute(
      'href',
      expect.stringContaining('topic=t2'),
    )
  })

  it('changes meetings from the pickers into the URL, swaps them, and says so when an id is unknown', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=compare&a=m9&b=m3', dataset })
    expect(await screen.findByRole('status', {}, { timeout: 8000 })).toHaveTextContent(
      'No meeting with the id “m9” is in the dataset',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'First meeting' }), 'm1')
    await waitFor(() => expect(window.location.search).toContain('a=m1&b=m3'))
    expect(screen.queryByRole('region', { name: /^Not taken up again/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Swap' }))
    await waitFor(() => expect(window.location.search).toContain('a=m3&b=m1'))
    expect(screen.getByRole('combobox', { name: 'First meeting' })).toHaveValue('m3')
  })
})
