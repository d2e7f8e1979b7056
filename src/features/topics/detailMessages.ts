import { defineMessages } from '@/i18n/defineMessages'

/** The words of a topic's detail dialog only: they load with it (TopicDetail), not with the first view. */
export const topicDetailMessages = defineMessages({
  en: {
    close: 'Close',
    meeting: 'Meeting',
    whyPillar: 'Why this pillar',
    basisDeclaration: 'From the declaration’s own structure',
    basisEditorial: 'Our classification',
    related: 'The same themes at other meetings',
    relatedNone: 'No other meeting took up these themes.',
  },
  ja: {
    close: '閉じる',
    meeting: '会合',
    whyPillar: 'この分野に分類した理由',
    basisDeclaration: '宣言自体の構成による分類',
    basisEditorial: '編集部による分類',
    related: '他の会合で扱われた同じテーマ',
    relatedNone: '他の会合ではこれらのテーマは扱われていません。',
  },
})
