/** The id of the card link that opens a topic, so focus can return to it when the detail closes. */
export function topicLinkId(topicId: string): string {
  return `topic-link-${topicId}`
}
