import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Vitest runs from the project root.
const SRC = join(process.cwd(), 'src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

/** Code that turns strings into markup or code: none of it belongs in this app. */
const FORBIDDEN: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval(', /(^|[^\w.])eval\s*\(/],
  ['new Function(', /new\s+Function\s*\(/],
  ['a string passed to setTimeout/setInterval', /set(Timeout|Interval)\s*\(\s*['"`]/],
]

describe('source safety', () => {
  const files = sourceFiles(SRC)

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(FORBIDDEN)('no file under src/ uses %s', (_name, pattern) => {
    const offenders = files
      .filter((file) => pattern.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
    expect(offenders).toEqual([])
  })

  it('the patterns catch what they should', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'el.innerHTML = x',
      'eval(code)',
      'const f = new Function("a", b)',
      "setTimeout('go()', 1)",
    ]
    for (const sample of samples) expect(FORBIDDEN.some(([, p]) => p.test(sample))).toBe(true)
    expect(FORBIDDEN.some(([, p]) => p.test('const evaluate = medieval(x); retrieval()'))).toBe(false)
  })
})
