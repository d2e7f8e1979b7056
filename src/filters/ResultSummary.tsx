import type { DatasetIndex } from '@/data/selectors'
import { Isolated } from '@/components/Isolated'
import { useLang } from '@/i18n/LangContext'
import type { FilterState } from './activeFilters'
import { describeShowing } from './viewSentence'

/** What is showing, in one sentence, announced politely whenever it changes. */
export function ResultSummary({ index, state, count }: { index: DatasetIndex; state: FilterState; count: number }) {
  const { lang } = useLang()
  return (
    <p aria-live="polite" aria-atomic="true" className="text-lg font-semibold">
      <Isolated text={describeShowing(state, index, count, lang)} part={state.q.trim()} />
    </p>
  )
}
