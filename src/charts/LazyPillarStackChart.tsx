import { lazy, Suspense, useRef } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { chartMessages } from './messages'
import type { PillarStackChartProps } from './PillarStackChart'
import { useNearViewport } from './useNearViewport'

// Recharts stays out of the first load: the chunk is fetched only when the chart nears the viewport.
const PillarStackChart = lazy(() => import('./PillarStackChart').then((m) => ({ default: m.PillarStackChart })))

/** PillarStackChart, loaded when its box comes within 200 px of the viewport; the box keeps its height meanwhile. */
export function LazyPillarStackChart(props: PillarStackChartProps) {
  const t = useMessages(chartMessages)
  const box = useRef<HTMLDivElement>(null)
  const isNear = useNearViewport(box, '200px')
  const fallback = <p className="text-muted">{t.loadingChart}</p>
  return (
    <div ref={box} style={{ minHeight: props.rows.length * 48 + 80 }}>
      {isNear ? <Suspense fallback={fallback}>{<PillarStackChart {...props} />}</Suspense> : fallback}
    </div>
  )
}
