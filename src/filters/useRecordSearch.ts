import { useDeferredValue, useMemo } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import type { FilterState } from './activeFilters'
import { applyFilters } from './applyFilters'
import { recordIndexOf, searchRecord, searchSomeWords, type SearchHit } from './recordSearch'
import { searchIndexOf } from './useFilteredTopics'

export interface RecordSearch {
  /** The search these results are for (it trails the search box while the reader types). */
  q: string
  hits: SearchHit[]
  /** True when nothing held every word, and `hits` hold some of them (topics among them). */
  isSomeWords: boolean
}

/**
 * The meetings record's matches for the search box: computed on a deferred copy
 * of the search, so typing is never held up by them.
 */
export function useRecordSearch(index: DatasetIndex, state: FilterState, topics: readonly Topic[]): RecordSearch {
  const q = useDeferredValue(state.q)
  const { years, meetings } = state
  const hits = useMemo(() => searchRecord(recordIndexOf(index), { years, meetings, q }), [index, years, meetings, q])
  const hasTopics = topics.length > 0
  const someWords = useMemo(() => {
    if (hits.length > 0 || hasTopics) return []
    // Nothing holds every word: look for some of them, in topics under the other filters too.
    const searchIndex = searchIndexOf(index)
    const candidates = applyFilters(index, { ...state, q: '' }, searchIndex)
    return searchSomeWords(recordIndexOf(index), candidates, searchIndex, { years, meetings, q })
  }, [hits, hasTopics, index, state, years, meetings, q])
  return someWords.length > 0 ? { q, hits: someWords, isSomeWords: true } : { q, hits, isSomeWords: false }
}
