import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  makeActionList,
  makeAgreement,
  makeDataset,
  makeMeeting,
  makeTopic,
  pressSources,
} from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

const src = (fact: string) => [{ url: `https://www.example.go.jp/${fact}`, publisher: 'example-ministry', fact }]
const dataset = makeDataset({
  meetings: [
    makeMeeting(),
    makeMeeting({
      id: 'm-2021',
      startDate: '2021-08-05',
      endDate: '2021-08-05',
      format: 'hybrid',
      name: { en: 'Trieste Meeting' },
      shortName: { en: 'Trieste 2021' },
      city: { en: 'Trieste' },
      country: { en: 'Italy' },
      presidency: { en: 'Italy' },
      agreements: [
        makeAgreement({ text: { en: 'Adopted the Trieste Declaration.' }, section: { en: 'Preamble' } }),
        makeAgreement({
          verb: 'welcomed',
          text: { en: 'Welcomed a report.' },
          section: undefined,
          sources: pressSources,
        }),
      ],
      actionList: makeActionList(),
      outcomes: [{ text: { en: 'The DETF became a working group.' }, sources: src('F76') }],
      facts: [{ text: { en: 'Some say it was rainy.' }, sources: src('F99'), unconfirmed: true }],
      documents: [{ id: 'annex-3', kind: 'annex', title: { en: 'Terms of Reference' }, sources: src('F70') }],
      japan: {
        summary: { en: 'The minister attended.' },
        remarks: [{ en: 'Broadband matters.' }, { en: 'AI principles matter.' }],
        sources: src('J1'),
      },
    }),
  ],
  topics: [
    makeTopic({ id: 'id', meetingId: 'm-2021', title: { en: 'Digital Identity' } }),
    makeTopic({ id: 'ai', meetingId: 'm-2021', title: { en: 'Trustworthy AI' }, pillar: 'digital-economy' }),
  ],
})

// The views are lazy-loaded; transform them once up front so the first test does not wait on the compiler.
beforeAll(async () => {
  await import('./TimelineView')
  await import('./MeetingDetail')
})

// Whole-app renders: generous limits, as a busy CI machine can be slow to load the lazy views.
describe('the meeting detail', { timeout: 20_000 }, () => {
  it('shows the meeting, every fact with its sources, documents, topics by pillar and Japan’s remarks', async () => {
    renderApp({ url: '/?meeting=m-2021', dataset })
    const heading = await screen.findByRole('heading', { level: 2, name: 'Trieste Meeting' }, { timeout: 8000 })
    expect(heading).toHaveFocus()
    // The page itself (the printed handout beside it repeats some of it, hidden on screen).
    const page = screen.getByRole('article', { name: 'Trieste Meeting' })
    expect(within(page).getByText('Trieste, Italy')).toBeInTheDocument()
    expect(within(page).getByText('5 August 2021')).toBeInTheDocument()
    const outcomes = screen.getByRole('region', { name: 'Notable outcomes' })
    expect(within(outcomes).getByText('The DETF became a working group.')).toBeInTheDocument()
    expect(within(outcomes).getByRole('link', { name: /^Example Ministry/ })).toHaveAttribute(
      'href',
      'https://www.example.go.jp/F76',
    )
    expect(outcomes).toHaveTextContent(/Sources: Official: Example Ministry/)
    const facts = screen.getByRole('region', { name: 'Facts' })
    expect(within(facts).getByText('Unconfirmed')).toBeInTheDocument()
    const documents = screen.getByRole('region', { name: 'Outcome documents' })
    expect(within(documents).getByText('Annex')).toBeInTheDocument()
    expect(within(documents).getByText('Terms of Reference')).toBeInTheDocument()
    const topics = screen.getByRole('region', { name: 'Topics (2)' })
    expect(
      within(within(topics).getByRole('region', { name: 'Digital government (1 topic)' })).getByRole('link'),
    ).toHaveTextContent('Digital Identity')
    expect(within(topics).getByRole('region', { name: 'Digital economy (1 topic)' })).toHaveTextContent(
      'Trustworthy AI',
    )
    const japan = screen.getByRole('region', { name: 'Japan’s participation' })
    expect(
      within(within(japan).getAllByRole('list')[0]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Broadband matters.', 'AI principles matter.'])
    expect(page).not.toHaveTextContent(/\bfact F\d|\(F\d+\)|\bJ1\b/)
  })

  it('says what the ministers agreed, with verb, section and sources, and marks what rests on the press', async () => {
    renderApp({ url: '/?meeting=m-2021', dataset })
    const agreed = await screen.findByRole('region', { name: 'What the ministers agreed' }, { timeout: 8000 })
    // Each agreement is a list item starting with its verb label (its sources are list items inside it).
    const [adopted, welcomed] = within(agreed)
      .getAllByRole('listitem')
      .filter((li) => /^(Adopted|Welcomed)\s/.test(li.textContent))
    expect(adopted).toHaveTextContent(
      /^Adopted\s*Adopted the Trieste Declaration\.Where: PreambleSources: Official: Example Ministry/,
    )
    expect(adopted).not.toHaveTextContent('Press only')
    // Why the mark matters is said once, under the meeting's name.
    expect(screen.getAllByText(/no official text or archived copy was found/)).toHaveLength(1)
    expect(welcomed).toHaveTextContent(/^Welcomed\s*Welcomed a report\.Press only.*Press coverage: Example News/)
  })

  it('lists a presidency’s actions as far as the sources name them, and counts the rest', async () => {
    renderApp({ url: '/?meeting=m-2021', dataset })
    const actions = await screen.findByRole('region', { name: 'The presidency’s 3 actions' }, { timeout: 8000 })
    expect(actions).toHaveTextContent('Action 1. Trustworthy AI')
    expect(actions).toHaveTextContent('Ministers commit to trustworthy AI.')
    expect(actions).toHaveTextContent(/Action 2\. Digital identityName as given by Test ministry/)
    expect(actions).toHaveTextContent('No commitment sentence for this action was found in the sources.')
    expect(actions).toHaveTextContent('One announced action is not identified in any source found.')
    expect(within(actions).getByRole('link', { name: 'The topic on this action' })).toHaveAttribute(
      'href',
      expect.stringContaining('topic=t-1'),
    )
  })

  it('says so plainly when no agreement is recorded for a meeting', async () => {
    renderApp({
      url: '/?meeting=m-2017',
      dataset: { ...dataset, meetings: dataset.meetings.map((m) => ({ ...m, agreements: [] })) },
    })
    const agreed = await screen.findByRole('region', { name: 'What the ministers agreed' }, { timeout: 8000 })
    expect(agreed).toHaveTextContent('No agreed text found in the sources')
  })

  it('moves to the previous meeting and opens a topic', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?meeting=m-2021', dataset })
    const nav = await screen.findByRole('navigation', { name: 'Other meetings' }, { timeout: 8000 })
    expect(within(nav).queryByText('Next meeting')).not.toBeInTheDocument()
    await user.click(within(nav).getByRole('link', { name: /Previous meeting/ }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Test Ministerial Conference' })).toHaveFocus()
    await user.click(
      within(screen.getByRole('navigation', { name: 'Other meetings' })).getByRole('link', { name: /Next meeting/ }),
    )
    await user.click(await screen.findByRole('link', { name: 'Digital Identity' }))
    const params = new URLSearchParams(window.location.search)
    expect(params.get('topic')).toBe('id')
    expect(params.get('meeting')).toBeNull()
  })

  it('says so, with a way back, for an unknown meeting', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?meeting=no-such-meeting', dataset })
    expect(await screen.findByRole('heading', { name: 'Meeting not found' }, { timeout: 8000 })).toHaveFocus()
    expect(screen.getByText(/no-such-meeting/)).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Back to the timeline' }))
    expect(await screen.findByRole('list', { name: 'Meetings, 2017–2021' })).toBeInTheDocument()
  })
})
