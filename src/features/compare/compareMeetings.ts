import type { DatasetIndex } from '@/data/selectors'
import { topicsOfMeeting } from '@/data/selectors'
import type { Meeting, Theme, Topic } from '@/data/schema'

/**
 * How a theme changed from the earlier meeting to the later one, judged against the whole record:
 * - added: on the later meeting's agenda, and on no meeting's before it;
 * - returned: on the later agenda, not on the earlier one, but on some meeting's before the later one;
 * - dropped: on the earlier agenda, not on the later one;
 * - continued: on both.
 */
export type ThemeChangeKind = 'added' | 'returned' | 'dropped' | 'continued'

export const CHANGE_ORDER: readonly ThemeChangeKind[] = ['added', 'returned', 'dropped', 'continued']

export interface ThemeChange {
  kind: ThemeChangeKind
  theme: Theme
  /** The theme's topics at the earlier and at the later meeting (agenda order). */
  earlierTopics: Topic[]
  laterTopics: Topic[]
  /** For a returned theme: the last meeting before the later one that had it. */
  lastSeen: Meeting | null
}

export interface Comparison {
  earlier: Meeting
  later: Meeting
  changes: ThemeChange[]
}

function themesOf(topics: readonly Topic[]): Set<string> {
  return new Set(topics.flatMap((t) => t.themes))
}

/**
 * The two meetings to compare: those the URL names when both exist and differ, else the last two of
 * the record (or the named one and the one before it). `problem` says which id was not usable.
 */
export function chooseMeetings(
  index: Pick<DatasetIndex, 'meetings' | 'meetingById'>,
  a: string | null,
  b: string | null,
): { a: Meeting; b: Meeting; unknown: string[]; same: boolean } | null {
  const meetings = index.meetings
  if (meetings.length < 2) return null
  const unknown = [a, b].filter((id): id is string => id !== null && !index.meetingById.has(id))
  const last = meetings[meetings.length - 1]!
  const beforeLast = meetings[meetings.length - 2]!
  const found = (id: string | null) => (id === null ? undefined : index.meetingById.get(id))
  let first = found(a)
  let second = found(b)
  const same = first !== undefined && first === second
  if (same) second = undefined
  if (first && !second) {
    const i = meetings.indexOf(first)
    second = meetings[i + 1] ?? meetings[i - 1]!
  } else if (second && !first) {
    const i = meetings.indexOf(second)
    first = meetings[i - 1] ?? meetings[i + 1]!
  } else if (!first || !second) {
    first = beforeLast
    second = last
  }
  return { a: first, b: second, unknown, same }
}

/** Every theme either meeting had, with how it changed from the earlier to the later; in CHANGE_ORDER, then theme order. */
export function compareMeetings(index: DatasetIndex, one: Meeting, other: Meeting): Comparison {
  const [earlier, later] = one.startDate <= other.startDate ? [one, other] : [other, one]
  const earlierTopics = topicsOfMeeting(index.topics, earlier.id)
  const laterTopics = topicsOfMeeting(index.topics, later.id)
  const inEarlier = themesOf(earlierTopics)
  const inLater = themesOf(laterTopics)
  // The meetings before the later one, newest first, each with its themes (worked out once, not per theme).
  const before = index.meetings
    .filter((m) => m.startDate < later.startDate && m.id !== later.id)
    .reverse()
    .map((meeting) => ({ meeting, themes: themesOf(topicsOfMeeting(index.topics, meeting.id)) }))
  const changes: ThemeChange[] = []
  for (const theme of index.themes) {
    const atEarlier = inEarlier.has(theme.id)
    const atLater = inLater.has(theme.id)
    if (!atEarlier && !atLater) continue
    const onTheme = (topics: Topic[]) => topics.filter((t) => t.themes.includes(theme.id))
    let kind: ThemeChangeKind
    let lastSeen: Meeting | null = null
    if (atEarlier && atLater) kind = 'continued'
    else if (atEarlier) kind = 'dropped'
    else {
      lastSeen = before.find((m) => m.themes.has(theme.id))?.meeting ?? null
      kind = lastSeen ? 'returned' : 'added'
    }
    changes.push({ kind, theme, earlierTopics: onTheme(earlierTopics), laterTopics: onTheme(laterTopics), lastSeen })
  }
  changes.sort((x, y) => CHANGE_ORDER.indexOf(x.kind) - CHANGE_ORDER.indexOf(y.kind))
  return { earlier, later, changes }
}
