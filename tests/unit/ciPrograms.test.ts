import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Vitest runs from the project root. A clean CI machine has only what .ci/run
// installs, so every program and package a test or the benchmark uses must be
// declared: programs in .ci/run's NEEDED list, packages in package.json.
const root = process.cwd()
const read = (path: string) => readFileSync(join(root, path), 'utf8')

/** Programs every machine that runs `npm ci` on a clone already has. */
const NODE_TOOLS = new Set(['node', 'npm', 'npx', 'git'])

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path)
    return /\.(ts|tsx|mjs|js|cjs)$/.test(name) ? [path] : []
  })
}

/** The programs in .ci/run's `NEEDED=( "program:package" … )` list. */
export function installedByCi(script: string): string[] {
  const list = /NEEDED=\(([\s\S]*?)\n\)/.exec(script)?.[1] ?? ''
  return [...list.matchAll(/"([^":\s]+):[^"\s]+"/g)].map((m) => m[1] ?? '')
}

const CALL = /(?<![.\w])(execFileSync|execFile|spawnSync|spawn|execSync|exec)\(\s*([^,)]*)/g

/**
 * Programs run through child_process in a file. A call whose program is not a
 * string literal is reported as `<dynamic: …>` so it cannot slip past the check.
 */
export function programsRun(source: string): string[] {
  if (!/from\s+['"](node:)?child_process['"]|require\(\s*['"](node:)?child_process/.test(source)) return []
  return [...source.matchAll(CALL)].map((m) => {
    const [, fn, arg = ''] = m
    const literal = /^(['"`])([^'"`]*)\1$/.exec(arg.trim())
    if (!literal) return `<dynamic: ${fn}(${arg.trim()})>`
    const command = literal[2] ?? ''
    // execSync and exec take a shell command line: its first word is the program.
    return fn === 'execSync' || fn === 'exec' ? (command.split(/\s+/)[0] ?? '') : command
  })
}

/** Bare package names imported (statically or dynamically) by a file. */
export function packagesImported(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((m) => m[1] ?? '')
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('@/') && !s.startsWith('node:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)))
    .filter((name) => !builtinModules.includes(name))
}

const scanned = [...filesUnder('tests'), ...filesUnder('bench')].filter(
  // This file quotes calls in its own examples.
  (f) => !f.includes('node_modules') && f !== join('tests', 'unit', 'ciPrograms.test.ts'),
)

describe('what the tests and the benchmark run is installed on a clean machine', () => {
  it('reads the helpers right', () => {
    expect(installedByCi('NEEDED=(\n  "chromium:chromium"\n  "pdftotext:poppler-utils"\n)')).toEqual([
      'chromium',
      'pdftotext',
    ])
    const source =
      "import { execFileSync } from 'node:child_process'\nconst m = /x/.exec(s)\nexecFileSync('pdftotext', [a])\nexecSync(`rsvg-convert -w 10 x.svg`)\nspawn(cmd, [])"
    expect(programsRun(source)).toEqual(['pdftotext', 'rsvg-convert', '<dynamic: spawn(cmd)>'])
    const imports =
      "import a from 'chrome-launcher'\nimport x from '@axe-core/playwright/dist'\nawait import('lighthouse')\nimport fs from 'fs'"
    expect(packagesImported(imports)).toEqual(['chrome-launcher', '@axe-core/playwright', 'lighthouse'])
  })

  it('every program run through child_process is a Node tool or installed by .ci/run', () => {
    const installed = new Set(installedByCi(read('.ci/run')))
    expect(installed.size).toBeGreaterThan(0)
    const undeclared = scanned.flatMap((file) =>
      programsRun(read(file))
        .filter((program) => !NODE_TOOLS.has(program) && !installed.has(program))
        .map((program) => `${relative(root, join(root, file))}: ${program}`),
    )
    expect(undeclared).toEqual([])
  })

  it('every package imported by a test or the benchmark is declared in package.json', () => {
    const pkg = JSON.parse(read('package.json')) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})])
    const undeclared = scanned.flatMap((file) =>
      packagesImported(read(file))
        .filter((name) => !declared.has(name))
        .map((name) => `${file}: ${name}`),
    )
    expect(undeclared).toEqual([])
  })
})
