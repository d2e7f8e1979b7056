import { defineMessages } from '@/i18n/defineMessages'
import { plural } from '@/i18n/format'

/** The timeline and its cards (also on the overview, so kept small); the meeting detail has meetingMessages. */
export const timelineMessages = defineMessages({
  en: {
    listLabel: 'Meetings, 2017–2021',
    formatUnconfirmed: 'format unconfirmed',
    keyboardHint: 'Use the arrow keys to move between meetings, Home and End to jump, and Enter to open one.',
    context: 'Context',
    presidency: 'Presidency',
    topicCount: (n: number) => `${n} ${plural('en', n, { one: 'topic', other: 'topics' })}`,
  },
  ja: {
    listLabel: '会合一覧(2017〜2021年)',
    formatUnconfirmed: '開催形式は未確認',
    keyboardHint: '矢印キーで会合間を移動し、HomeキーとEndキーで先頭と末尾へ、Enterキーで会合を開きます。',
    context: '背景',
    presidency: '議長国',
    topicCount: (n: number) => `トピック${n}件`,
  },
})
