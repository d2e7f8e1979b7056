import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Vitest runs from the project root.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
// The README's "Production dependencies" section, up to the next section.
const doc = read('README.md').split('## Production dependencies')[1]?.split('\n## ')[0] ?? ''

/** The packages named in the first column of the README's dependency table; `dev` for those marked "(dev)". */
function documented(markdown: string, dev = false): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+)`([^|]*)\|/gm)]
    .filter((m) => (m[2] ?? '').includes('(dev)') === dev)
    .map((m) => m[1] ?? '')
}

describe('production dependencies', () => {
  const runtime = Object.keys(pkg.dependencies ?? {}).sort()

  it('each runtime dependency is named in the README with its reason, and nothing else is', () => {
    expect(documented(doc).sort()).toEqual(runtime)
  })

  it('lists build-time packages that shape what ships (the service worker) as "(dev)", and they are dev dependencies', () => {
    for (const name of documented(doc, true)) expect(Object.keys(pkg.devDependencies ?? {})).toContain(name)
  })

  it('are pinned to exact versions', () => {
    const ranged = Object.entries(pkg.dependencies ?? {}).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))
    expect(ranged).toEqual([])
  })
})
