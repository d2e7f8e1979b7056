import { relatedTopics, type DatasetIndex } from '@/data/selectors'
import type { Theme, Topic } from '@/data/schema'

export interface RelatedGroup {
  theme: Theme
  /** Topics of other meetings with this theme, in date order. */
  topics: Topic[]
}

/** For each of the topic's themes, the topics at other meetings that share it (themes with none are left out). */
export function relatedByTheme(index: DatasetIndex, topic: Topic): RelatedGroup[] {
  const related = relatedTopics(index, topic)
  return topic.themes.flatMap((id) => {
    const theme = index.themeById.get(id)
    const topics = related.filter((t) => t.themes.includes(id))
    return theme && topics.length > 0 ? [{ theme, topics }] : []
  })
}
