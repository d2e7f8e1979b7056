import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Vitest runs from the project root.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8')
const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string> }
const doc = read('docs/dependencies.md')

/** The packages named in the first column of the table in docs/dependencies.md. */
function documented(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`[^|]*\|/gm)].map((m) => m[1] ?? '')
}

describe('production dependencies', () => {
  const runtime = Object.keys(pkg.dependencies ?? {}).sort()

  it('each runtime dependency is named in docs/dependencies.md with its reason, and nothing else is', () => {
    expect(documented(doc).sort()).toEqual(runtime)
  })

  it('are pinned to exact versions', () => {
    const ranged = Object.entries(pkg.dependencies ?? {}).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))
    expect(ranged).toEqual([])
  })
})
