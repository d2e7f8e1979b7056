import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Lang } from '@/i18n/lang'
import { pillarLabel, yearSpanLabel } from '@/i18n/vocabularyLabels'
import { insightsMessages } from './messages'
import type { PillarTakeaway } from './pillarTakeaway'
import type { MatrixTakeaway } from './themeMatrix'

const themeNames = (index: DatasetIndex, ids: readonly string[], lang: Lang) =>
  ids.map((id) => {
    const theme = index.themeById.get(id)
    return theme ? localText(theme.name, lang) : id
  })

const meetingName = (index: DatasetIndex, id: string, lang: Lang) => {
  const meeting = index.meetingById.get(id)
  return meeting ? localText(meeting.shortName, lang) : id
}

/** The matrix's sentence, rendered from its claims. */
export function matrixTakeawayText(takeaway: MatrixTakeaway, index: DatasetIndex, lang: Lang): string {
  const t = insightsMessages[lang]
  if (takeaway.kind === 'empty') return t.matrixEmpty
  const { persistent, record, newest, scope } = takeaway
  const first = t.persistent(
    themeNames(index, persistent.themeIds, lang),
    persistent.yearsPresent,
    record.years,
    yearSpanLabel(record.first, record.last, lang),
    scope === 'all',
  )
  const second = newest.isEveryTheme
    ? t.sameStart(newest.firstYear, newest.themeIds.length === 1)
    : t.newest(newest.firstYear, themeNames(index, newest.themeIds, lang))
  return t.joinTakeaway(first, second)
}

/** The pillar chart's sentence, rendered from its claims. */
export function pillarTakeawayText(takeaway: PillarTakeaway, index: DatasetIndex, lang: Lang): string {
  const t = insightsMessages[lang]
  if (takeaway.kind === 'empty') return t.chartEmpty
  const isWhole = takeaway.scope === 'all'
  const [only] = takeaway.meetingIds
  if (takeaway.split && only !== undefined) {
    return t.chartTakeaway(
      meetingName(index, only, lang),
      takeaway.count,
      t.pillarCount(takeaway.split.economy, pillarLabel('digital-economy', lang)),
      t.pillarCount(takeaway.split.government, pillarLabel('digital-government', lang)),
      isWhole,
    )
  }
  return t.chartTakeawayTie(
    takeaway.meetingIds.map((id) => meetingName(index, id, lang)),
    takeaway.count,
    isWhole,
  )
}
