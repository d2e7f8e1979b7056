import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Every folder in src/features is a feature, so a new one is covered without editing this file.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** The layers, lowest first. A file may import its own layer and the ones below, never one above. */
const LAYERS = [
  { name: 'i18n and vocabulary', paths: ['src/i18n', 'src/lib', 'src/data/vocabulary.ts'] },
  { name: 'data', paths: ['src/data'] },
  { name: 'URL state', paths: ['src/url'] },
  { name: 'shared UI', paths: ['src/filters', 'src/components', 'src/charts'] },
  { name: 'features', paths: ['src/features'] },
  { name: 'app', paths: ['src/app', 'src/main.tsx', 'src/entry-server.tsx'] },
]

/** no-restricted-paths zones: one per (file in a layer, path in a layer above it), plus one per feature. */
function layerZones() {
  const zones = LAYERS.flatMap((layer, i) =>
    layer.paths.flatMap((target) =>
      LAYERS.slice(i + 1).flatMap((above) =>
        above.paths.map((from) => ({
          target: `./${target}`,
          from: `./${from}`,
          // src/data/vocabulary.ts sits below the rest of src/data.
          except: from === 'src/data' ? ['./vocabulary.ts'] : [],
          message: `The ${layer.name} layer must not import the ${above.name} layer (README: "How the code is laid out").`,
        })),
      ),
    ),
  )
  const features = FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; compose them in src/app.',
  }))
  return [...zones, ...features]
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/.tmp',
      '.scratch',
      'tests/fixtures/cycle',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs['flat/recommended-strict']?.[0]?.rules,
      'react/no-danger': 'off',
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: render data as text.' },
      ],
    },
  },
  // Layers, lowest first; each imports only the layers below it (README, "How the code is laid out").
  // Checked on the resolved file, so `@/x`, `../x` and `./x` are all caught; tests beside the code obey them too.
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript extensions and parser; without them no-cycle silently skips every .ts file.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones() }],
    },
  },
  { files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'], ...testingLibrary.configs['flat/react'] },
  { files: ['tests/{e2e,deploy}/**/*.ts'], ...playwright.configs['flat/recommended'] },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
)
