import { StateLink } from '@/components/StateLink'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { useMessages } from '@/i18n/LangContext'
import { insightsMessages } from './messages'
import { statusWord } from './statusWord'
import type { ThemeMatrix } from './themeMatrix'

/** The matrix as a real table: a row per theme, a column per year, status in words with the topic count. */
export function ThemeMatrixTable({ matrix, caption }: { matrix: ThemeMatrix; caption: string }) {
  const t = useMessages(insightsMessages)
  const word = statusWord(t)
  const cell = 'border-b border-border px-2 py-1.5'
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-border border-b-2 px-2 py-1.5">
            {t.theme}
          </th>
          {matrix.years.map((year) => (
            <th key={year} scope="col" className="border-border border-b-2 px-2 py-1.5">
              {year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.theme.id}>
            <th scope="row" className={`${cell} font-normal`}>
              <StateLink patch={{ theme: row.theme.id }} className="text-accent underline underline-offset-2">
                <LocalizedTextView value={row.theme.name} />
              </StateLink>
            </th>
            {row.cells.map((c) => (
              <td
                key={c.year}
                className={`${cell} ${c.status === 'new' ? 'font-bold' : c.status === 'absent' ? 'text-muted' : ''}`}
              >
                {t.cell(word[c.status], c.count, c.shown)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
