import { defineMessages } from '@/i18n/defineMessages'

/** Only the single-file build (npm run build:offline) shows these; the web build leaves this catalog out. */
// Pure: when the web build drops SnapshotNote, this catalog goes with it (no bytes in the first bundle).
export const singleFileMessages = /* @__PURE__ */ defineMessages({
  en: {
    snapshot: (version: string, date: string) =>
      `Snapshot of dataset version ${version} as of ${date}: this one file works without a network; the online dashboard may be newer.`,
  },
  ja: {
    snapshot: (version: string, date: string) =>
      `データセット バージョン ${version}(${date}時点)のスナップショットです。この1つのファイルはネットワークなしで使えます。オンライン版のほうが新しい場合があります。`,
  },
})
