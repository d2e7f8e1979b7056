import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

export const topicMessages = defineMessages({
  en: {
    heading: 'Topics',
    count: (n: number) => `${n} ${plural('en', n, { one: 'topic', other: 'topics' })}`,
    pillarEconomy: 'Digital economy',
    pillarGovernment: 'Digital government',
    sources: 'Sources',
    virtual: 'Virtual',
  },
  ja: {
    heading: 'トピック',
    count: (n: number) => `${n}件のトピック`,
    pillarEconomy: 'デジタル経済',
    pillarGovernment: 'デジタルガバメント',
    sources: '出典',
    virtual: 'オンライン',
  },
})
