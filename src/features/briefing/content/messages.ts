import { defineMessages } from '@/i18n/defineMessages'

/** Slides, notes, handout and exports: loaded with the presentation, not on first view. */
export const contentMessages = defineMessages({
  en: {
    // Slides
    deckLabel: 'Presentation',
    slideOf: (n: string, total: string) => `${n} of ${total}`,
    slideAnnounce: (n: string, total: string, title: string) => `Slide ${n} of ${total}: ${title}`,
    presentedOn: (date: string) => `Presented ${date}`,
    timelineTitle: 'Timeline',
    topicsTitle: (page: string, pages: string) => (pages === '1' ? 'Topics' : `Topics (${page} of ${pages})`),
    chartTitle: 'Topics per meeting, by pillar',
    themesTitle: 'Themes',
    sourcesTitle: (page: string, pages: string) => (pages === '1' ? 'Sources' : `Sources (${page} of ${pages})`),
    noTopicsTitle: 'No topics match',
    noTopics: 'No topic matches these filters. Change the filters and present again.',
    topicsInScope: 'Topics in this briefing',
    meetingsTitle: 'Meetings in scope',
    agreementsTitle: (meeting: string) => `What was agreed: ${meeting}`,
    agreementsAllTitle: 'What each meeting agreed',
    keyMessageTitle: 'Key message',
    figureMeetings: (one: boolean): string => (one ? 'meeting' : 'meetings'),
    figureTopics: (one: boolean): string => (one ? 'topic' : 'topics'),
    figureAgreements: (one: boolean): string => (one ? 'thing agreed' : 'things agreed'),
    agreedOn: 'Agreed',
    noAgreedText: 'No agreed text found',
    publisherCount: (n: string, one: boolean) => (one ? `${n} source` : `${n} sources`),
    /** Before the numbered links to a publisher's addresses in the .pptx: "3 sources: 1 2 3". */
    sourceLinksLead: ': ',
    moreTopics: (n: string) => `and ${n} more`,
    scopeLine: (meetings: string, one: boolean, span: string) =>
      `${meetings} ${one ? 'meeting' : 'meetings'} of G20 digital ministers, ${span}`,
    meetingTopics: (n: string) => `${n} in scope`,
    meeting: 'Meeting',
    date: 'Date',
    place: 'Place',
    topics: 'Topics',
    total: 'Total',
    theme: 'Theme',
    chartSummary: (total: string, meetings: string) => `${total} topics across ${meetings} meetings.`,
    // "So what" lines (slideClaims.ts)
    claimOfficial: (count: number, total: number, n: string, of: string) =>
      total === 1
        ? count === 1
          ? 'This topic has an agreement in an official text'
          : 'This topic has no agreement in an official text'
        : count === 0
          ? total === 2
            ? 'Neither of these 2 topics has an agreement in an official text'
            : `None of these ${of} topics has an agreement in an official text`
          : count === total
            ? total === 2
              ? 'Both of these topics have an agreement in an official text'
              : `All ${of} of these topics have an agreement in an official text`
            : `${n} of these ${of} topics ${count === 1 ? 'has' : 'have'} an agreement in an official text`,
    claimBusiest: (meetings: string, many: number, n: string, of: string, isAll: boolean) =>
      isAll
        ? `All ${of} of these topics are from ${meetings}`
        : many > 1
          ? `${meetings} brought the most of these topics (${n} each of ${of})`
          : `${meetings} brought the most of these topics (${n} of ${of})`,
    claimPillar: (pillar: string | null, n: string, of: string, isAll: boolean) =>
      pillar === null
        ? `The two pillars have ${n} of these ${of} topics each`
        : isAll
          ? `All ${of} of these topics are ${pillar}`
          : `${pillar} has ${n} of these ${of} topics`,
    claimTheme: (theme: string, year: string, n: string, of: string, isAll: boolean, span: string) =>
      isAll
        ? `${theme}, the most frequent theme here, was on the agenda at all ${of} meetings of ${span}`
        : `${theme}, the most frequent theme here, was first on the agenda in ${year} (at ${n} of the ${of} meetings of ${span})`,
    claimNewThemes: (themes: string | null, n: string, meeting: string) =>
      themes === null
        ? `${n} themes were first on the agenda at ${meeting}`
        : `First on the agenda at ${meeting}: ${themes}`,
    // Controls
    previous: 'Previous slide',
    next: 'Next slide',
    exit: 'Leave presentation',
    presenterView: 'Presenter view',
    printSlides: 'Print slides / Save as PDF',
    keysHelp: '→ next · ← back · number + Enter jump · F full screen · B blank · Esc leave',
    keysHelpPresenter: '→ next · ← back · number + Enter jump · F full screen · B blank both screens',
    blank: 'Screen blanked. Press B to show the slide.',
    syncOtherDeck:
      'The other presenting window shows a different deck (other filters), so this window does not follow it.',
    syncOtherData:
      'The other presenting window shows a different version of the data. Reload both windows to keep them in step.',
    syncUnavailable: 'This browser cannot keep the presenter window and this window in step: move each one yourself.',
    presenterBlocked:
      'The presenter window could not be opened. Allow pop-ups for this site, then press Presenter view again.',
    // Presenter
    presenterTitle: 'Presenter view',
    current: 'Current slide',
    upNext: 'Next slide',
    endOfDeck: 'End of the presentation',
    notes: 'Speaker notes',
    yourNotes: 'Your notes (kept on this device)',
    timer: 'Elapsed time',
    clock: 'Time now',
    blankButton: 'Blank screen (B)',
    blankedBoth: 'Audience screen blanked: press B to show the slide',
    notesFromData: 'From the data, for this slide’s topics',
    pause: 'Pause timer',
    resume: 'Resume timer',
    reset: 'Reset timer',
    source: 'Source',
    noteTitle: (scope: string, version: string, asOf: string) =>
      `Scope: ${scope} Dataset version ${version}, data as of ${asOf}.`,
    noteTimeline: (meeting: string, date: string, headline: string) => `${meeting} (${date}): ${headline}`,
    noteChart: (meeting: string, economy: string, government: string) =>
      `${meeting}: ${economy} digital economy, ${government} digital government.`,
    noteTheme: (theme: string, n: string) => `${theme}: ${n}.`,
    noteSources: 'Every source is written out in the printed handout, with the permalink to this view.',
    noteJapan: (summary: string) => `Japan: ${summary}`,
    noteSource: (publisher: string, kind: string) => `${publisher} (${kind})`,
    // Handout
    handoutLabel: 'Printed handout',
    handoutOutline: 'The briefing, slide by slide',
    handoutKeyMessages: 'Key messages',
    summary: 'Summary',
    themes: 'Themes',
    sources: 'Sources',
    // Share and export
    shareLabel: 'Share and export',
    copyLink: 'Copy link',
    copyCitation: 'Copy citation',
    linkCopied: 'Link copied.',
    citationCopied: 'Citation copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    citation: (title: string, version: string, url: string, date: string) =>
      `${title}. Dataset version ${version}. ${url} (accessed ${date}).`,
    downloadCsv: 'Download topics (CSV)',
    downloadJson: 'Download topics (JSON)',
    downloadPng: 'Download chart (PNG)',
    downloadSvg: 'Download chart (SVG)',
    downloaded: (file: string) => `Downloaded ${file}.`,
    exportFailed: 'The download failed. Please try again.',
    buildBriefing: 'Build briefing (choose the slides)',
    downloadPptx: 'Download PowerPoint (.pptx)',
    preparingPptx: 'Preparing the PowerPoint file…',
    pptxFailed: 'Could not prepare the PowerPoint file. Check the connection, then try again.',
    retry: 'Retry',
    footerSources: (names: string) => `Sources: ${names}`,
    moreSources: (n: string) => `and ${n} more`,
    listJoin: ', ',
    close: 'Close',
    csvId: 'ID',
    csvTitle: 'Title',
    csvMeeting: 'Meeting',
    csvDate: 'Date',
    csvThemes: 'Themes',
    csvSummary: 'Summary',
    csvAgreed: 'What was agreed',
    csvEvidence: 'Best source',
    csvSources: 'Sources',
  },
  ja: {
    deckLabel: 'プレゼンテーション',
    slideOf: (n: string, total: string) => `${n} / ${total}`,
    slideAnnounce: (n: string, total: string, title: string) => `スライド ${n} / ${total}:${title}`,
    presentedOn: (date: string) => `${date} 発表`,
    timelineTitle: '年表',
    topicsTitle: (page: string, pages: string) => (pages === '1' ? 'トピック' : `トピック(${page} / ${pages})`),
    chartTitle: '会合ごとのトピック数(分野別)',
    themesTitle: 'テーマ',
    sourcesTitle: (page: string, pages: string) => (pages === '1' ? '出典' : `出典(${page} / ${pages})`),
    noTopicsTitle: '該当するトピックはありません',
    noTopics: 'この条件に当てはまるトピックはありません。条件を変えてからもう一度発表してください。',
    topicsInScope: 'このブリーフィングのトピック',
    meetingsTitle: '対象の会合',
    agreementsTitle: (meeting: string) => `${meeting}の合意事項`,
    agreementsAllTitle: '各会合の合意事項',
    keyMessageTitle: '要点',
    figureMeetings: (one: boolean) => (one ? '会合' : '会合'),
    figureTopics: (one: boolean) => (one ? 'トピック' : 'トピック'),
    figureAgreements: (one: boolean) => (one ? '合意事項' : '合意事項'),
    agreedOn: '合意',
    noAgreedText: '合意文は見つかっていません',
    publisherCount: (n: string, one: boolean) => (one ? `出典${n}件` : `出典${n}件`),
    sourceLinksLead: ':',
    moreTopics: (n: string) => `ほか${n}件`,
    scopeLine: (meetings: string, one: boolean, span: string) =>
      `G20デジタル大臣会合 ${meetings}会合${one ? '' : ''}(${span}年)`,
    meetingTopics: (n: string) => `対象 ${n}件`,
    meeting: '会合',
    date: '日付',
    place: '開催地',
    topics: 'トピック',
    total: '合計',
    theme: 'テーマ',
    chartSummary: (total: string, meetings: string) => `${meetings}会合で計${total}件のトピック。`,
    claimOfficial: (count: number, total: number, n: string, of: string) =>
      total === 1
        ? count === 1
          ? 'このトピックには公式文書に記された合意があります'
          : 'このトピックには公式文書に記された合意がありません'
        : count === 0
          ? `この${of}件のトピックには、公式文書に記された合意がありません`
          : count === total
            ? `この${of}件のトピックはすべて、公式文書に記された合意があります`
            : `この${of}件のトピックのうち${n}件に、公式文書に記された合意があります`,
    claimBusiest: (meetings: string, many: number, n: string, of: string, isAll: boolean) =>
      isAll
        ? `この${of}件のトピックはすべて${meetings}のものです`
        : many > 1
          ? `これらのトピックが最も多いのは${meetings}です(${of}件中 各${n}件)`
          : `これらのトピックが最も多いのは${meetings}です(${of}件中${n}件)`,
    claimPillar: (pillar: string | null, n: string, of: string, isAll: boolean) =>
      pillar === null
        ? `この${of}件のトピックは、二つの分野に${n}件ずつです`
        : isAll
          ? `この${of}件のトピックはすべて${pillar}です`
          : `この${of}件のトピックのうち${n}件が${pillar}です`,
    claimTheme: (theme: string, year: string, n: string, of: string, isAll: boolean, span: string) =>
      isAll
        ? `ここで最も多いテーマ「${theme}」は、${span}の${of}回の会合すべてで議題になりました`
        : `ここで最も多いテーマ「${theme}」は${year}年に初めて議題となりました(${span}の${of}回の会合のうち${n}回)`,
    claimNewThemes: (themes: string | null, n: string, meeting: string) =>
      themes === null
        ? `${meeting}で初めて議題となったテーマは${n}件です`
        : `${meeting}で初めて議題となったテーマ:${themes}`,
    previous: '前のスライド',
    next: '次のスライド',
    exit: 'プレゼンテーションを終了',
    presenterView: '発表者ビュー',
    printSlides: 'スライドを印刷/PDFで保存',
    keysHelp: '→ 次へ・← 前へ・番号+Enter 移動・F 全画面・B 画面を暗転・Esc 終了',
    keysHelpPresenter: '→ 次へ・← 前へ・番号+Enter 移動・F 全画面・B 両方の画面を暗転',
    blank: '画面を暗転しています。B キーでスライドに戻ります。',
    syncOtherDeck:
      'もう一方の発表ウィンドウは別の資料(異なる絞り込み条件)を表示しているため、このウィンドウは連動しません。',
    syncOtherData:
      'もう一方の発表ウィンドウは異なるバージョンのデータを表示しています。連動させるには両方のウィンドウを再読み込みしてください。',
    syncUnavailable:
      'このブラウザーでは発表者ビューとこのウィンドウを連動できません。それぞれのウィンドウを個別に操作してください。',
    presenterBlocked:
      '発表者ビューのウィンドウを開けませんでした。このサイトのポップアップを許可してから、もう一度「発表者ビュー」を押してください。',
    presenterTitle: '発表者ビュー',
    current: '現在のスライド',
    upNext: '次のスライド',
    endOfDeck: 'プレゼンテーションの最後です',
    notes: '発表者ノート',
    yourNotes: 'あなたのノート(この端末に保存)',
    timer: '経過時間',
    clock: '現在時刻',
    blankButton: '画面を暗転(B)',
    blankedBoth: '聴衆の画面を暗転中:B キーでスライドに戻ります',
    notesFromData: 'データから(このスライドのトピック)',
    pause: 'タイマーを一時停止',
    resume: 'タイマーを再開',
    reset: 'タイマーをリセット',
    source: '出典',
    noteTitle: (scope: string, version: string, asOf: string) =>
      `対象:${scope} データセット バージョン ${version}、データ時点 ${asOf}。`,
    noteTimeline: (meeting: string, date: string, headline: string) => `${meeting}(${date}):${headline}`,
    noteChart: (meeting: string, economy: string, government: string) =>
      `${meeting}:デジタル経済 ${economy}件、デジタルガバメント ${government}件。`,
    noteTheme: (theme: string, n: string) => `${theme}:${n}件。`,
    noteSources: 'すべての出典は、この表示へのパーマリンクとともに配布資料に記載しています。',
    noteJapan: (summary: string) => `日本:${summary}`,
    noteSource: (publisher: string, kind: string) => `${publisher}(${kind})`,
    handoutLabel: '配布資料',
    handoutOutline: 'ブリーフィングの構成(スライド順)',
    handoutKeyMessages: '要点',
    summary: '概要',
    themes: 'テーマ',
    sources: '出典',
    shareLabel: '共有・書き出し',
    copyLink: 'リンクをコピー',
    copyCitation: '引用情報をコピー',
    linkCopied: 'リンクをコピーしました。',
    citationCopied: '引用情報をコピーしました。',
    copyFailed: 'コピーできませんでした。テキストを選択してコピーしてください。',
    citation: (title: string, version: string, url: string, date: string) =>
      `『${title}』データセット バージョン ${version}。${url}(${date}閲覧)。`,
    downloadCsv: 'トピックをダウンロード(CSV)',
    downloadJson: 'トピックをダウンロード(JSON)',
    downloadPng: 'グラフをダウンロード(PNG)',
    downloadSvg: 'グラフをダウンロード(SVG)',
    downloaded: (file: string) => `${file} をダウンロードしました。`,
    exportFailed: 'ダウンロードに失敗しました。もう一度お試しください。',
    buildBriefing: 'ブリーフィングを作成(スライドを選ぶ)',
    downloadPptx: 'PowerPointをダウンロード(.pptx)',
    preparingPptx: 'PowerPointファイルを作成しています…',
    pptxFailed: 'PowerPointファイルを作成できませんでした。接続を確認して、もう一度お試しください。',
    retry: '再試行',
    footerSources: (names: string) => `出典:${names}`,
    moreSources: (n: string) => `ほか${n}件`,
    listJoin: '、',
    close: '閉じる',
    csvId: 'ID',
    csvTitle: 'タイトル',
    csvMeeting: '会合',
    csvDate: '日付',
    csvThemes: 'テーマ',
    csvSummary: '概要',
    csvAgreed: '合意された内容',
    csvEvidence: '最も確かな出典',
    csvSources: '出典',
  },
})
