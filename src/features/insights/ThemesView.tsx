import { useMemo } from 'react'
import { ChartFigure } from '@/charts/ChartFigure'
import { LazyPillarStackChart } from '@/charts/LazyPillarStackChart'
import { PillarTable } from '@/charts/PillarTable'
import { pillarRows } from '@/charts/pillarRows'
import { useFilteredTopics } from '@/filters/useFilteredTopics'
import { useLang, useMessages } from '@/i18n/LangContext'
import { insightsMessages } from './messages'
import { pillarTakeaway } from './pillarTakeaway'
import { matrixTakeaway, themeMatrix } from './themeMatrix'
import { ThemeMatrixGrid } from './ThemeMatrixGrid'
import { ThemeMatrixTable } from './ThemeMatrixTable'

/** How themes moved across the years, and topics per meeting by pillar; both follow the active filters. */
export function ThemesView() {
  const { lang } = useLang()
  const t = useMessages(insightsMessages)
  const { index, topics } = useFilteredTopics()
  const matrix = useMemo(() => themeMatrix(index, topics), [index, topics])
  const rows = useMemo(() => pillarRows(index, topics, lang), [index, topics, lang])
  const matrixSentence = matrixTakeaway(matrix, lang)
  const chartSentence = pillarTakeaway(rows, lang)
  return (
    <section aria-labelledby="themes-heading" className="flex flex-col gap-6">
      <div>
        <h2 id="themes-heading" className="text-2xl font-bold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl">{t.filterNote(topics.length, index.topics.length)}</p>
      </div>
      <ChartFigure
        title={t.matrixTitle}
        takeaway={matrixSentence}
        table={<ThemeMatrixTable matrix={matrix} caption={t.matrixTitle} />}
      >
        {matrix.rows.length > 0 && <ThemeMatrixGrid matrix={matrix} />}
      </ChartFigure>
      <ChartFigure
        title={t.chartTitle}
        takeaway={chartSentence}
        table={<PillarTable rows={rows} caption={t.chartTitle} />}
      >
        <LazyPillarStackChart
          rows={rows}
          economyLabel={t.pillarEconomy}
          governmentLabel={t.pillarGovernment}
          description={chartSentence}
        />
      </ChartFigure>
    </section>
  )
}
