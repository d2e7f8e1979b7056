import { useEffect } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import type { FilterState } from './activeFilters'
import { SearchResults } from './SearchResults'
import { useRecordSearch } from './useRecordSearch'

interface Props {
  index: DatasetIndex
  state: FilterState
  /** The topic cards that match, shown below these results. */
  topics: readonly Topic[]
  /** How many items of the meetings record match, for the "nothing matches" message. */
  onHitCount: (n: number) => void
}

/**
 * The search of the meetings record and its results: loaded apart from the first view (the record
 * index, its catalog and the results list are needed only once the reader searches).
 */
export default function SearchPanel({ index, state, topics, onHitCount }: Props) {
  const record = useRecordSearch(index, state, topics)
  const n = record.hits.length
  useEffect(() => onHitCount(n), [n, onHitCount])
  return <SearchResults key={record.q} index={index} search={record} topicCount={topics.length} />
}
