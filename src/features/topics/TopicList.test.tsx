import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeTopic } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'
import { PAGE_SIZE } from './TopicList'

const many = makeDataset({
  topics: Array.from({ length: PAGE_SIZE + 7 }, (_, i) =>
    makeTopic({
      id: `t-${i}`,
      title: { en: `Topic number ${i}` },
      pillar: i % 2 ? 'digital-economy' : 'digital-government',
    }),
  ),
})

const cards = () => within(screen.getByRole('region', { name: /^Topics/ })).getAllByRole('article')

describe('a long list of topics', () => {
  it('shows the first page, then the rest on request, and starts again when the filter changes', async () => {
    renderApp({ url: '/?view=topics', dataset: many })
    expect(await screen.findByRole('heading', { name: 'Topic number 0' })).toBeInTheDocument()
    expect(cards()).toHaveLength(PAGE_SIZE)
    await userEvent.click(
      screen.getByRole('button', { name: `Show more topics (${PAGE_SIZE} of ${PAGE_SIZE + 7} shown)` }),
    )
    expect(cards()).toHaveLength(PAGE_SIZE + 7)
    expect(screen.queryByRole('button', { name: /Show more topics/ })).not.toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: /^Digital government/ }))
    expect(cards()).toHaveLength(Math.ceil((PAGE_SIZE + 7) / 2))
    await userEvent.click(screen.getByRole('button', { name: /^All/ }))
    expect(cards()).toHaveLength(PAGE_SIZE)
    expect(screen.getByRole('button', { name: /Show more topics/ })).toBeInTheDocument()
  })
})
