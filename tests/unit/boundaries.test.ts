import { ESLint, type Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { beforeAll, describe, expect, it } from 'vitest'

// The project's own eslint.config.js, with the type-aware rules switched off: the snippets below live at
// paths that do not exist, so there is no TypeScript program for them, and the layer rules need none.
const root = `${process.cwd()}/`
const untyped = tseslint.configs.disableTypeChecked
let withCycles: ESLint
// The layer checks skip no-cycle, which would walk the whole real import graph from each snippet.
let layersOnly: ESLint

beforeAll(async () => {
  withCycles = new ESLint({ cwd: root, ignore: false, overrideConfig: [untyped] })
  layersOnly = new ESLint({ cwd: root, overrideConfig: [untyped, { rules: { 'import-x/no-cycle': 'off' } }] })
  await layersOnly.lintText('', { filePath: `${root}src/app/warmUp.ts` }) // loads the config and plugins once
}, 60_000)

async function problems(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await layersOnly.lintText(code, { filePath: `${root}${filePath}` })
  return result!.messages
}

const importing = (from: string) => `import * as imported from ${JSON.stringify(from)}\nexport const probe = imported\n`

describe('layer boundaries, as npm run lint enforces them', () => {
  it.each([
    ['shared data', 'src/data/x.ts', '../features/topics/TopicCard', /data layer must not import the features layer/],
    ['i18n', 'src/i18n/x.ts', '../url/useViewState', /i18n and vocabulary layer must not import the URL state/],
    ['vocabulary', 'src/data/vocabulary.ts', './selectors', /i18n and vocabulary layer must not import the data/],
    ['URL state', 'src/url/x.ts', '@/filters/applyFilters', /URL state layer must not import the shared UI/],
    ['shared UI', 'src/filters/x.ts', '@/features/topics/TopicCard', /shared UI layer must not import the features/],
    ['a feature', 'src/features/topics/x.ts', '../timeline/MeetingCard', /Features never import each other/],
    ['a feature', 'src/features/briefing/content/x.ts', '@/app/AppShell', /features layer must not import the app/],
  ])('%s at %s may not import %s', async (_layer, filePath, from, message) => {
    const found = await problems(filePath, importing(from))
    expect(found.map((p) => p.ruleId)).toEqual(['import-x/no-restricted-paths'])
    expect(found[0]!.message).toMatch(message)
  })

  it.each([
    ['src/features/topics/x.ts', '@/data/selectors'],
    ['src/features/topics/x.ts', '../../data/selectors'],
    ['src/features/topics/x.ts', './TopicCard'],
    ['src/filters/x.ts', '../url/urlState'],
    ['src/i18n/x.ts', '@/data/vocabulary'],
    ['src/app/x.ts', '@/features/timeline/MeetingCard'],
  ])('%s may import %s', async (filePath, from) => {
    expect(await problems(filePath, importing(from))).toEqual([])
  })

  it('reports two modules that import each other', async () => {
    const [result] = await withCycles.lintFiles([`${root}tests/fixtures/cycle/a.ts`])
    expect(result!.messages.map((p) => p.ruleId)).toEqual(['import-x/no-cycle'])
  })
})
