import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { makeDataset } from '../../../../tests/fixtures/dataset'
import { renderApp } from '../../../../tests/renderApp'

// The editor is a lazy chunk: load it once up front.
beforeAll(() => import('./OutlineEditor'), 60_000)
afterEach(() => window.localStorage.clear())

const param = (name: string) => new URLSearchParams(window.location.search).get(name)

async function openEditor() {
  renderApp({ url: '/', dataset: makeDataset() })
  await userEvent.click(await screen.findByRole('button', { name: 'Build briefing' }))
  return screen.findByRole('dialog', { name: 'Build briefing' })
}

/** The slide names in the list, in order, with whether each is on. */
function listed(dialog: HTMLElement) {
  return within(dialog)
    .getAllByRole('checkbox')
    .map((box) => `${(box as HTMLInputElement).checked ? '+' : '-'}${box.closest('label')?.textContent ?? ''}`)
}

describe('the outline editor', { timeout: 30_000 }, () => {
  it('proposes a short deck for the view, every other slide offered turned off', async () => {
    const dialog = await openEditor()
    expect(listed(dialog).slice(0, 6)).toEqual([
      '+Title and key figures',
      '+Meetings in scope',
      '+What was agreed: Düsseldorf 2017',
      '+What was agreed: Trieste 2021',
      '+Chart: topics per meeting, by pillar',
      '+Sources, by publisher',
    ])
    expect(
      listed(dialog)
        .slice(6)
        .every((name) => name.startsWith('-')),
    ).toBe(true)
    expect(within(dialog).getByRole('status')).toHaveTextContent('6 slides on')
    // Nothing is written to the link until the user changes something.
    expect(param('outline')).toBeNull()
  })

  it('turns a slide off and on again, and the link carries it', async () => {
    const dialog = await openEditor()
    const chart = within(dialog).getByRole('checkbox', { name: 'Chart: topics per meeting, by pillar' })
    await userEvent.click(chart)
    expect(chart).not.toBeChecked()
    expect(within(dialog).getByRole('status')).toHaveTextContent('5 slides on')
    expect(param('outline')).toContain('-chart')
    await userEvent.click(chart)
    expect(param('outline')).toMatch(/(^|,)chart(,|$)/)
  })

  it('moves a slide with the keyboard, keeps focus on it, and says where it went', async () => {
    const dialog = await openEditor()
    const down = within(dialog).getByRole('button', { name: 'Move down: Title and key figures' })
    down.focus()
    await userEvent.keyboard('{Enter}')
    expect(listed(dialog).slice(0, 2)).toEqual(['+Meetings in scope', '+Title and key figures'])
    expect(param('outline')?.startsWith('meetings,title,')).toBe(true)
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Move down: Title and key figures' })).toHaveFocus(),
    )
    expect(within(dialog).getByText(/^Title and key figures is now 2 of \d+\.$/)).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move up: Title and key figures' }))
    expect(listed(dialog)[0]).toBe('+Title and key figures')
  })

  it('writes the deck title and key messages into the link', async () => {
    const dialog = await openEditor()
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Deck title' }), 'Digital government brief')
    expect(param('bt')).toBe('Digital government brief')

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add key message to: Chart: topics per meeting, by pillar' }),
    )
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Key message on: Chart: topics per meeting, by pillar' }),
      'Both pillars met in 2021',
    )
    expect(param('outline')).toContain('chart~0')
    expect(param('bk')).toBe('Both pillars met in 2021')

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add key message slide' }))
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Text of the key message slide' }), 'So what')
    expect(param('outline')).toMatch(/key~1,sources/)
    expect(param('bk')).toBe('Both pillars met in 2021\nSo what')
    expect(within(dialog).getByRole('status')).toHaveTextContent('7 slides on')
  })

  it('keeps speaker notes on this device only, and says so', async () => {
    const dialog = await openEditor()
    expect(within(dialog).getByText(/Speaker notes stay on this device/)).toBeInTheDocument()
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Speaker notes: Meetings in scope' }),
      'Start with Trieste',
    )
    expect(Object.values({ ...window.localStorage }).join()).toContain('Start with Trieste')
    expect(window.location.search).not.toContain('Trieste')
  })

  it('closes on Escape and gives focus back to Build briefing; Present opens the deck it built', async () => {
    const dialog = await openEditor()
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Sources, by publisher' }))
    await userEvent.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Build briefing' })).toHaveFocus()

    await userEvent.click(screen.getByRole('button', { name: 'Build briefing' }))
    await userEvent.click(await screen.findByRole('button', { name: 'Present this briefing' }))
    expect(await screen.findByRole('group', { name: '1 of 5' })).toBeInTheDocument()
  })
})
