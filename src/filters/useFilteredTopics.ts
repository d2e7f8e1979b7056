import { useDeferredValue, useMemo } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import type { Lens, ViewState } from '@/url/urlState'
import { useViewState, type SetViewState } from '@/url/useViewState'
import { knownFilters } from './activeFilters'
import { applyFilters, buildSearchIndex, lensCounts } from './applyFilters'
import { useScopedDataset } from '@/url/useScopedDataset'

/**
 * A scope of at most this many topics is a short list: it is worked out with the controls, in the same
 * frame (no `defer`), and its cards stay in the page (TopicList). Above it, `defer` lets the controls
 * paint before the list (measured: npm run bench, with the real data and with 10,000 topics).
 */
export const SHORT_LIST_MAX = 300

const searchIndexes = new WeakMap<DatasetIndex, ReadonlyMap<string, string>>()

/** The search index of a dataset, built once and shared by every view. */
export function searchIndexOf(index: DatasetIndex): ReadonlyMap<string, string> {
  let built = searchIndexes.get(index)
  if (!built) {
    built = buildSearchIndex(index)
    searchIndexes.set(index, built)
  }
  return built
}

export interface FilteredTopics {
  index: DatasetIndex
  state: ViewState
  setState: SetViewState
  /** Topics that pass the filters of `shownState`, in date and agenda order. */
  topics: Topic[]
  /** What each lens (All / Digital economy / Digital government) would show. */
  counts: Record<Lens, number>
  /**
   * The state `topics` and `counts` were worked out for: `state` itself, or with `defer` the state of
   * a moment ago while React works out the new list in the background (useDeferredValue).
   */
  shownState: ViewState
}

/**
 * The dataset, the URL's view state and the topics it selects: what every view
 * starts from. `state` leaves out meeting and theme ids the dataset does not know.
 * With `defer`, a change of the filters first repaints the controls (from `state`) and the topics
 * follow in a render that does not hold up the next keystroke or click (`shownState`).
 */
export function useFilteredTopics({ defer = false }: { defer?: boolean } = {}): FilteredTopics {
  const index = useScopedDataset()
  const [urlState, setState] = useViewState()
  // A link with a meeting or theme this dataset does not know shows the rest of its view.
  const state = useMemo(() => knownFilters(urlState, index), [urlState, index])
  const deferredState = useDeferredValue(state)
  // A short list is worked out and painted with the controls, in the same frame; only a long one is
  // worth a frame of its own behind them.
  const shownState = defer && index.topics.length > SHORT_LIST_MAX ? deferredState : state
  const { pillar, years, meetings, themes, q } = shownState
  const searchIndex = searchIndexOf(index)
  const topics = useMemo(
    () => applyFilters(index, { pillar, years, meetings, themes, q }, searchIndex),
    [index, searchIndex, pillar, years, meetings, themes, q],
  )
  const counts = useMemo(
    () => lensCounts(index, { pillar, years, meetings, themes, q }, searchIndex),
    [index, searchIndex, pillar, years, meetings, themes, q],
  )
  return { index, state, setState, topics, counts, shownState }
}
