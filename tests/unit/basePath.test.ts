import { describe, expect, it } from 'vitest'
import { basePath } from '../../deploy/basePath'

describe('basePath (BASE_PATH at build time)', () => {
  it('is the domain root when unset or empty', () => {
    expect(basePath(undefined)).toBe('/')
    expect(basePath('')).toBe('/')
    expect(basePath(' / ')).toBe('/')
  })

  it('always starts and ends with one slash, however it was written', () => {
    expect(basePath('/g20/')).toBe('/g20/')
    expect(basePath('g20')).toBe('/g20/')
    expect(basePath('/g20')).toBe('/g20/')
    expect(basePath('//tools/g20//')).toBe('/tools/g20/')
  })

  it('refuses what is not a path, rather than build an app that loads nothing', () => {
    expect(() => basePath('https://example.org/g20/')).toThrow(/BASE_PATH/)
    expect(() => basePath('/g20/?x=1')).toThrow(/BASE_PATH/)
    expect(() => basePath('/a/../b/')).toThrow(/BASE_PATH/)
  })
})
