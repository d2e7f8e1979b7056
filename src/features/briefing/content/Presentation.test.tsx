import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset } from '../../../../tests/fixtures/dataset'
import { renderApp } from '../../../../tests/renderApp'

const slideGroup = () => screen.findByRole('group', { name: /^\d+ of \d+$/ })

// The deck is a lazy chunk: load it once up front, so the tests wait for the app and not for the transform.
beforeAll(() => import('./Presentation'), 60_000)

describe('the presentation', { timeout: 30_000 }, () => {
  it('opens a link past the end of the deck on the last slide, and writes that slide into the URL', async () => {
    renderApp({ url: '/?slide=999', dataset: makeDataset() })
    const group = await slideGroup()
    const [shown, total] = (group.getAttribute('aria-label') ?? '').split(' of ').map(Number)
    expect(total).toBeGreaterThan(1)
    expect(shown).toBe(total)
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('slide')).toBe(String(total)))
    // It really is the end: Next stays there, Home goes to the first of the same deck.
    await userEvent.click(screen.getByRole('button', { name: 'Next slide' }))
    expect(await slideGroup()).toHaveAccessibleName(`${total} of ${total}`)
    await userEvent.keyboard('{Home}')
    expect(await slideGroup()).toHaveAccessibleName(`1 of ${total}`)
  })

  it('moves on a key event dispatched on the window itself (a clicker or script), without an error', async () => {
    renderApp({ url: '/?slide=1', dataset: makeDataset() })
    await screen.findByRole('group', { name: /^1 of \d+$/ })
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    await screen.findByRole('group', { name: /^2 of \d+$/ })
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
    await screen.findByRole('group', { name: /^1 of \d+$/ })
  })
})
