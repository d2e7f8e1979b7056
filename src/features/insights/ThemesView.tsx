import { useEffect, useMemo } from 'react'
import type { ChartExport } from '@/charts/chartExport'
import { chartFrame, todayIso } from '@/charts/chartFrame'
import { registerChart } from '@/charts/currentChart'
import { ChartFigure } from '@/charts/ChartFigure'
import { LazyPillarStackChart } from '@/charts/LazyPillarStackChart'
import { PillarTable } from '@/charts/PillarTable'
import { pillarRows } from '@/charts/pillarRows'
import { editionLine } from '@/components/editionLine'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { localText } from '@/data/localize'
import { useFilteredTopics } from '@/filters/useFilteredTopics'
import { useLang, useMessages } from '@/i18n/LangContext'
import { pillarLabel } from '@/i18n/vocabularyLabels'
import { embeddedChart } from '@/url/embedParam'
import { insightsMessages } from './messages'
import { pillarTakeaway } from './pillarTakeaway'
import { statusWord } from './statusWord'
import { matrixTakeawayText, pillarTakeawayText } from './takeawayText'
import { matrixTakeaway, themeMatrix } from './themeMatrix'
import { ThemeMatrixGrid } from './ThemeMatrixGrid'
import { ThemeMatrixTable } from './ThemeMatrixTable'

/**
 * How themes moved across the years, and topics per meeting by pillar. The
 * filters choose what is shown; a theme's history always counts every meeting.
 */
export function ThemesView() {
  const { lang } = useLang()
  const t = useMessages(insightsMessages)
  const { index, topics, state } = useFilteredTopics()
  const matrix = useMemo(() => themeMatrix(index, topics, state.years), [index, topics, state.years])
  const rows = useMemo(() => pillarRows(index, topics, lang), [index, topics, lang])
  const matrixSentence = matrixTakeawayText(matrixTakeaway(matrix, index), index, lang)
  const chartSentence = pillarTakeawayText(pillarTakeaway(rows, matrix.isWholeRecord), index, lang)
  const exports = useMemo(() => {
    const matrixExport = (): ChartExport => ({
      kind: 'matrix',
      input: {
        ...chartFrame(index.meta, t.matrixTitle, matrixSentence, todayIso(), lang),
        years: matrix.years,
        rows: matrix.rows.map((row) => ({
          label: localText(row.theme.name, lang),
          cells: row.cells.map((cell) => ({ status: cell.status, shown: cell.shown })),
        })),
        statusLabels: statusWord(t),
      },
    })
    const pillarExport = (): ChartExport => ({
      kind: 'pillar',
      input: {
        ...chartFrame(index.meta, t.chartTitle, chartSentence, todayIso(), lang),
        rows,
        economyLabel: pillarLabel('digital-economy', lang),
        governmentLabel: pillarLabel('digital-government', lang),
      },
    })
    return { matrix: matrixExport, pillar: pillarExport }
  }, [index, matrix, rows, matrixSentence, chartSentence, lang, t])
  useEffect(() => {
    const off = [registerChart('matrix', exports.matrix), registerChart('pillar', exports.pillar)]
    return () => off.forEach((f) => f())
  }, [exports])
  // ?embed=1&chart=…: that chart alone, with the edition, sources and licence the footer would give
  // (and no embed code of its own: the host already has it).
  const chart = embeddedChart()
  const matrixFigure = (headingLevel: 'h2' | 'h3') => (
    <ChartFigure
      title={t.matrixTitle}
      takeaway={matrixSentence}
      table={<ThemeMatrixTable matrix={matrix} caption={t.matrixTitle} />}
      exportAs={{ fileStem: 'themes-matrix', build: exports.matrix }}
      embedAs={chart ? undefined : 'matrix'}
      headingLevel={headingLevel}
    >
      {matrix.rows.length > 0 && <ThemeMatrixGrid matrix={matrix} />}
    </ChartFigure>
  )
  const pillarFigure = (headingLevel: 'h2' | 'h3') => (
    <ChartFigure
      title={t.chartTitle}
      takeaway={chartSentence}
      table={<PillarTable rows={rows} caption={t.chartTitle} />}
      exportAs={{ fileStem: 'pillar-chart', build: exports.pillar }}
      embedAs={chart ? undefined : 'pillars'}
      headingLevel={headingLevel}
    >
      <LazyPillarStackChart
        rows={rows}
        economyLabel={pillarLabel('digital-economy', lang)}
        governmentLabel={pillarLabel('digital-government', lang)}
        description={chartSentence}
      />
    </ChartFigure>
  )
  if (chart)
    return (
      <div className="flex flex-col gap-3">
        {chart === 'matrix' ? matrixFigure('h2') : pillarFigure('h2')}
        <div className="text-muted flex flex-col gap-1 text-sm">
          <p>{editionLine(index.meta, lang)}</p>
          <LocalizedTextView as="p" value={index.meta.sourcesNote} />
          <LocalizedTextView as="p" value={index.meta.licence} />
        </div>
      </div>
    )
  return (
    <section aria-labelledby="themes-heading" className="flex flex-col gap-6">
      <div>
        <h2 id="themes-heading" className="text-2xl font-bold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl">{t.filterNote(topics.length, index.topics.length)}</p>
        <p className="text-muted mt-1 max-w-3xl text-sm">{t.historyNote}</p>
      </div>
      {matrixFigure('h3')}
      {pillarFigure('h3')}
    </section>
  )
}
