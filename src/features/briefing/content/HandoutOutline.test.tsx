import { act, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset } from '../../../../tests/fixtures/dataset'
import { renderApp } from '../../../../tests/renderApp'
import { loadHandout } from '../handoutLoader'

beforeAll(async () => {
  await loadHandout()
}, 60_000)

describe('the handout of a built briefing', { timeout: 30_000 }, () => {
  it('prints the briefing’s title, its slides in order and its key messages', async () => {
    renderApp({
      url: '/?outline=title,key~0,-meetings,chart~1,sources&bt=Brief%20for%20the%20minister&bk=Start%20here%0AThe%20chart%20says%20it',
      dataset: makeDataset(),
    })
    await screen.findByRole('button', { name: 'Build briefing' })
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    const handout = await screen.findByRole('article', { name: 'Printed handout' })
    expect(within(handout).getByRole('heading', { level: 1 })).toHaveTextContent('Brief for the minister')
    // The first list of the handout is the briefing, slide by slide.
    expect(within(handout).getByRole('heading', { name: 'The briefing, slide by slide' })).toBeInTheDocument()
    const [outline] = within(handout).getAllByRole('list')
    expect(
      within(outline!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Brief for the minister', 'Key message', 'Topics per meeting, by pillar', 'Sources'])
    expect(within(handout).getByText('Start here')).toBeInTheDocument()
    expect(within(handout).getByText('The chart says it')).toBeInTheDocument()
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
  })
})
