import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import type { ThemeRow } from './buildSlides'
import { contentMessages } from './messages'

/** Topics per theme as a table with a bar beside each count. */
export function ThemeBars({ rows, caption }: { rows: readonly ThemeRow[]; caption: string }) {
  const { lang } = useLang()
  const t = useMessages(contentMessages)
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <table className="w-full border-collapse text-left [overflow-wrap:break-word]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-border border-b-2">
          <th scope="col" className="py-[0.2em] pr-[0.6em] font-semibold">
            {t.theme}
          </th>
          <th scope="col" className="px-[0.4em] text-right font-semibold">
            {t.topics}
          </th>
          <th scope="col" className="w-[45%] px-[0.4em]">
            <span className="sr-only">{t.topics}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.themeId} className="border-border border-b">
            <th scope="row" className="py-[0.15em] pr-[0.6em] font-normal">
              {row.label}
            </th>
            <td className="px-[0.4em] text-right tabular-nums">{formatNumber(row.count, lang)}</td>
            <td className="px-[0.4em]" aria-hidden="true">
              <span
                className="bg-accent block h-[0.8em] print:[print-color-adjust:exact]"
                style={{ width: `${(row.count / max) * 100}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
