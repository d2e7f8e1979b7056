import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { PillarRow } from './pillarRows'

export interface PillarStackChartProps {
  rows: readonly PillarRow[]
  economyLabel: string
  governmentLabel: string
  /** Read by screen readers instead of the SVG (give the takeaway; the table is the full alternative). */
  description: string
}

const AXIS = { fill: 'var(--fg)', fontSize: 14 }

/** Topics per meeting as horizontal bars stacked by pillar; meeting names stay readable at 390 px. */
export function PillarStackChart({ rows, economyLabel, governmentLabel, description }: PillarStackChartProps) {
  const height = rows.length * 48 + 80
  return (
    <div role="img" aria-label={description} style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" allowDecimals={false} tick={AXIS} stroke="var(--border)" />
          <YAxis type="category" dataKey="label" width={130} tick={AXIS} stroke="var(--border)" interval={0} />
          <Tooltip
            cursor={{ fill: 'var(--surface)' }}
            contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)', color: 'var(--fg)' }}
          />
          <Legend wrapperStyle={{ color: 'var(--fg)' }} itemSorter="dataKey" />
          <Bar dataKey="economy" name={economyLabel} stackId="pillar" fill="var(--econ)" isAnimationActive={false}>
            <LabelList dataKey="economy" position="center" fill="var(--bg)" fontWeight={700} formatter={hideZero} />
          </Bar>
          <Bar dataKey="government" name={governmentLabel} stackId="pillar" fill="var(--gov)" isAnimationActive={false}>
            <LabelList dataKey="government" position="center" fill="var(--bg)" fontWeight={700} formatter={hideZero} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}

function hideZero(value: unknown): string {
  return typeof value === 'number' && value > 0 ? String(value) : ''
}
