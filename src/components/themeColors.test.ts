import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIGHT_COLORS } from './themeColors'

// Vitest runs from the project root.
const css = readFileSync(join(process.cwd(), 'src/index.css'), 'utf8')
/** The first `:root { … }` block: the light tokens. */
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

describe('LIGHT_COLORS', () => {
  it.each(Object.entries(LIGHT_COLORS))('%s equals the light theme token in index.css', (name, hex) => {
    const token = new RegExp(`--${kebab(name)}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1]
    expect(token?.toLowerCase()).toBe(hex)
  })
})
