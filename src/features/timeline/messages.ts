import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'
import type { MeetingFormat } from '@/data/schema'

/** The timeline and its cards (also on the overview, so kept small); the meeting detail has meetingMessages. */
export const timelineMessages = defineMessages({
  en: {
    listLabel: 'Meetings, 2017–2021',
    formatUnconfirmed: 'format unconfirmed',
    keyboardHint: 'Use the arrow keys to move between meetings, Home and End to jump, and Enter to open one.',
    context: 'Context',
    format: (format: MeetingFormat) => ({ 'in-person': 'In person', virtual: 'Virtual', hybrid: 'Hybrid' })[format],
    virtual: 'Virtual (video conference)',
    place: (city: string, country: string) => `${city}, ${country}`,
    presidency: 'Presidency',
    pillarEconomy: 'Digital economy',
    pillarGovernment: 'Digital government',
    topicCount: (n: number) => `${n} ${plural('en', n, { one: 'topic', other: 'topics' })}`,
    showTopicsOf: (name: string) => `Show the topics of ${name}`,
  },
  ja: {
    listLabel: '会合一覧(2017〜2021年)',
    formatUnconfirmed: '開催形式は未確認',
    keyboardHint: '矢印キーで会合間を移動し、HomeキーとEndキーで先頭と末尾へ、Enterキーで会合を開きます。',
    context: '背景',
    format: (format: MeetingFormat) => ({ 'in-person': '対面', virtual: 'オンライン', hybrid: 'ハイブリッド' })[format],
    virtual: 'オンライン(ビデオ会議)',
    place: (city: string, country: string) => `${country}・${city}`,
    presidency: '議長国',
    pillarEconomy: 'デジタル経済',
    pillarGovernment: 'デジタルガバメント',
    topicCount: (n: number) => `トピック${n}件`,
    showTopicsOf: (name: string) => `「${name}」のトピックを表示`,
  },
})
