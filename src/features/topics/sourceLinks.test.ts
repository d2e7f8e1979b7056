import { describe, expect, it } from 'vitest'
import { sourceLinks } from './sourceLinks'

describe('sourceLinks', () => {
  it('labels each link with its domain, without www, numbers repeats, lists an address once', () => {
    expect(
      sourceLinks([
        { url: 'https://www.soumu.go.jp/a.html', publisher: 'example-ministry', fact: 'F1' },
        { url: 'https://oecd.org/x', publisher: 'example-ministry' },
        { url: 'https://soumu.go.jp/b.html', publisher: 'example-ministry' },
        { url: 'https://oecd.org/x', publisher: 'example-ministry', fact: 'F9' },
      ]),
    ).toEqual([
      { href: 'https://www.soumu.go.jp/a.html', label: 'soumu.go.jp' },
      { href: 'https://oecd.org/x', label: 'oecd.org' },
      { href: 'https://soumu.go.jp/b.html', label: 'soumu.go.jp (2)' },
    ])
  })
})
