import { TopicList } from './TopicList'

export function TopicsView() {
  return <TopicList />
}
