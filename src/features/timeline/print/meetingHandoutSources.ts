import type { Meeting, Source, Topic } from '@/data/schema'

/** Every source of a meeting's handout, numbered once in the order the handout first cites it. */
export interface NumberedSources {
  sources: Source[]
  /** "[1] [4]": the references of one item, in the handout's numbering; '' when it has none. */
  refs: (sources: readonly Source[]) => string
}

/**
 * Numbers the sources as the handout reads: what was agreed, the announced actions, the topics,
 * the documents, the outcomes, Japan's participation, the facts, then the meeting's own sources.
 * One address is one number, wherever it is cited again.
 */
export function numberMeetingSources(meeting: Meeting, topics: readonly Topic[]): NumberedSources {
  const cited: (readonly Source[])[] = [
    ...meeting.agreements.map((a) => a.sources),
    ...(meeting.actionList?.items.map((item) => item.sources) ?? []),
    // A topic cites what was agreed on it, or (nothing agreed) its own sources.
    ...topics.flatMap((topic) => topic.agreement?.map((a) => a.sources) ?? [topic.sources]),
    ...meeting.documents.map((doc) => doc.sources),
    ...meeting.outcomes.map((fact) => fact.sources),
    ...(meeting.japan ? [meeting.japan.sources] : []),
    ...meeting.facts.map((fact) => fact.sources),
    meeting.sources,
  ]
  const number = new Map<string, number>()
  const sources: Source[] = []
  for (const source of cited.flat()) {
    if (number.has(source.url)) continue
    sources.push(source)
    number.set(source.url, sources.length)
  }
  const refs = (list: readonly Source[]) =>
    [...new Set(list.map((s) => number.get(s.url)))]
      .filter((n) => n !== undefined)
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join(' ')
  return { sources, refs }
}

type ActionItem = NonNullable<Meeting['actionList']>['items'][number]

/** One printed entry of the action list: an action with its commitment, or a run of actions without one. */
export type ActionEntry = { kind: 'committed'; item: ActionItem } | { kind: 'uncommitted'; items: ActionItem[] }

/**
 * The printed action list, short: each action with a commitment on its own; consecutive actions without
 * one, named by the same source, in one entry (their names, who gave them, and once that no commitment
 * sentence was found), in the presidency's order.
 */
export function actionEntries(items: readonly ActionItem[]): ActionEntry[] {
  const entries: ActionEntry[] = []
  for (const item of items) {
    const last = entries.at(-1)
    if (item.commitment) entries.push({ kind: 'committed', item })
    else if (last?.kind === 'uncommitted' && last.items[0]!.nameSource.en === item.nameSource.en) last.items.push(item)
    else entries.push({ kind: 'uncommitted', items: [item] })
  }
  return entries
}
