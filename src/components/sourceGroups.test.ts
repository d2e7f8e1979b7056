import { describe, expect, it } from 'vitest'
import type { Publisher } from '@/data/schema'
import { sourceDomain, sourceGroups } from './sourceGroups'

const publishers = new Map<string, Publisher>(
  (
    [
      { id: 'gic', name: { en: 'G20 Information Centre', ja: 'G20情報センター' }, kind: 'official' },
      { id: 'worldjpn', name: { en: 'World and Japan database' }, kind: 'archive' },
      { id: 'news', name: { en: 'Example News' }, kind: 'press' },
    ] as const
  ).map((p) => [p.id, p]),
)

describe('sourceGroups', () => {
  it('puts official sources first, then archives, then press, whatever the data order', () => {
    const groups = sourceGroups(
      [
        { url: 'https://news.example/a', publisher: 'news', fact: 'F1' },
        { url: 'https://worldjpn.net/b', publisher: 'worldjpn' },
        { url: 'http://www.g20.utoronto.ca/c', publisher: 'gic' },
      ],
      publishers,
      'en',
    )
    expect(groups.map((g) => g.kind)).toEqual(['official', 'archive', 'press'])
    expect(groups[0]?.links).toEqual([{ href: 'http://www.g20.utoronto.ca/c', label: 'G20 Information Centre' }])
  })

  it('labels links by publisher in the reader’s language, numbers repeats and lists an address once', () => {
    const groups = sourceGroups(
      [
        { url: 'http://www.g20.utoronto.ca/a', publisher: 'gic', fact: 'F12' },
        { url: 'http://www.g20.utoronto.ca/b', publisher: 'gic' },
        { url: 'http://www.g20.utoronto.ca/a', publisher: 'gic', fact: 'F13' },
      ],
      publishers,
      'ja',
    )
    expect(groups).toEqual([
      {
        kind: 'official',
        links: [
          { href: 'http://www.g20.utoronto.ca/a', label: 'G20情報センター' },
          { href: 'http://www.g20.utoronto.ca/b', label: 'G20情報センター (2)' },
        ],
      },
    ])
  })

  it('never writes the fact-sheet number into a label', () => {
    const groups = sourceGroups([{ url: 'https://news.example/a', publisher: 'news', fact: 'F70' }], publishers, 'en')
    expect(JSON.stringify(groups)).not.toMatch(/F70/)
  })

  it('counts a source with an unknown publisher as press, labelled by its domain', () => {
    expect(sourceGroups([{ url: 'https://www2.slideshare.net/x', publisher: 'nobody' }], publishers, 'en')).toEqual([
      { kind: 'press', links: [{ href: 'https://www2.slideshare.net/x', label: 'slideshare.net' }] },
    ])
  })
})

describe('sourceDomain', () => {
  it('names the site without www', () => {
    expect(sourceDomain('https://www.soumu.go.jp/x.html')).toBe('soumu.go.jp')
    expect(sourceDomain('not a url')).toBe('not a url')
  })
})
