import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import { LOCALE_TAG, type Lang } from '@/i18n/lang'
import type { Lens, ViewState } from '@/url/urlState'

type Described = Pick<ViewState, 'pillar' | 'years' | 'meetings' | 'themes' | 'q'>

const PILLAR_WORDS: Record<Lang, Record<Lens, string>> = {
  en: { all: '', 'digital-economy': 'digital economy ', 'digital-government': 'digital government ' },
  ja: { all: '', 'digital-economy': 'デジタル経済の', 'digital-government': 'デジタルガバメントの' },
}

function list(items: string[], lang: Lang, type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat(LOCALE_TAG[lang], { style: 'long', type }).format(items)
}

/**
 * One plain sentence that says what the topic list shows, e.g.
 * "3 digital government topics from Trieste 2021 matching “identity”" or
 * "トリエステ 2021の、「identity」を含むデジタルガバメントのトピック 3件".
 * Ids the dataset does not know are left out, as the filters ignore them.
 */
export function describeView(state: Described, index: DatasetIndex, count: number, lang: Lang): string {
  const meetings = state.meetings.flatMap((id) => {
    const meeting = index.meetingById.get(id)
    return meeting ? [localText(meeting.shortName, lang)] : []
  })
  const themes = state.themes.flatMap((id) => {
    const theme = index.themeById.get(id)
    return theme ? [localText(theme.name, lang)] : []
  })
  const years = [...state.years].sort((a, b) => a - b)
  const q = state.q.trim()
  const isUnfiltered = state.pillar === 'all' && meetings.length + themes.length + years.length === 0 && q === ''

  if (lang === 'ja') {
    const parts = [
      meetings.length > 0 ? `${list(meetings, 'ja', 'disjunction')}の` : '',
      years.length > 0
        ? `${list(
            years.map((y) => `${y}年`),
            'ja',
            'disjunction',
          )}の`
        : '',
      themes.length > 0 ? `「${list(themes, 'ja', 'disjunction')}」に関する` : '',
      q !== '' ? `「${q}」を含む` : '',
    ].filter((p) => p !== '')
    const prefix = parts.length > 0 ? `${parts.join('、')}` : ''
    const subject = `${prefix}${PILLAR_WORDS.ja[state.pillar]}トピック`
    if (isUnfiltered) return `すべてのトピック ${count}件`
    return count === 0 ? `${subject}はありません` : `${subject} ${count}件`
  }

  if (isUnfiltered) return count === 1 ? 'The only topic' : `All ${count} topics`
  const noun = count === 1 ? 'topic' : 'topics'
  return [
    `${count === 0 ? 'No' : count} ${PILLAR_WORDS.en[state.pillar]}${noun}`,
    meetings.length > 0 ? ` from ${list(meetings, 'en', 'disjunction')}` : '',
    years.length > 0 ? ` in ${list(years.map(String), 'en', 'disjunction')}` : '',
    themes.length > 0 ? ` about ${list(themes, 'en', 'disjunction')}` : '',
    q !== '' ? ` matching “${q}”` : '',
  ].join('')
}
