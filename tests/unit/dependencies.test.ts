import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Vitest runs from the project root.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8')
const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string> }
// The README's "Production dependencies" section, up to the next section.
const doc = read('README.md').split('## Production dependencies')[1]?.split('\n## ')[0] ?? ''

/** The packages named in the first column of the README's dependency table. */
function documented(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`[^|]*\|/gm)].map((m) => m[1] ?? '')
}

describe('production dependencies', () => {
  const runtime = Object.keys(pkg.dependencies ?? {}).sort()

  it('each runtime dependency is named in the README with its reason, and nothing else is', () => {
    expect(documented(doc).sort()).toEqual(runtime)
  })

  it('are pinned to exact versions', () => {
    const ranged = Object.entries(pkg.dependencies ?? {}).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))
    expect(ranged).toEqual([])
  })
})
