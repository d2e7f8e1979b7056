import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entryKey, MAX_MESSAGE, parseMessages, parseOutline, serializeMessages, serializeOutline } from './outline'
import { parseViewState, serializeViewState } from './urlState'
import { outlineEntry as entry } from '../../tests/fixtures/arbitraries'

describe('the outline in the URL', () => {
  it('round-trips any outline: parse(serialize(outline)) is the same list, in the same order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 12, selector: entryKey }), (outline) => {
        expect(parseOutline(serializeOutline(outline))).toEqual(outline)
      }),
      { numRuns: 300 },
    )
  })

  it('reads the documented form: order kept, "-" turns a slide off, ":id" names the meeting, "~n" the key message', () => {
    expect(parseOutline('title,meetings,agreements:2021-trieste~0,-chart,key~1,sources')).toEqual([
      { kind: 'title', id: null, isOn: true, message: null },
      { kind: 'meetings', id: null, isOn: true, message: null },
      { kind: 'agreements', id: '2021-trieste', isOn: true, message: 0 },
      { kind: 'chart', id: null, isOn: false, message: null },
      { kind: 'key', id: null, isOn: true, message: 1 },
      { kind: 'sources', id: null, isOn: true, message: null },
    ])
  })

  it('drops only what is broken: unknown kinds, bad ids, a meeting without id, a key without message, repeats', () => {
    const parsed = parseOutline(
      'title,,bogus,chart,meeting,meeting:Bad_ID,<script>,key,chart,-chart,sources~99,sources',
    )
    expect(parsed && serializeOutline(parsed)).toBe('title,chart,sources')
  })

  it('gives null (the proposed outline) when nothing in it is well formed', () => {
    expect(parseOutline('')).toBeNull()
    expect(parseOutline('%%%,???')).toBeNull()
  })

  it('carries the title and key messages in the same URL, cleaned, and leaves them out when empty', () => {
    const state = parseViewState(
      '?outline=title,key~0&bt=%20Digital%20government%0Abriefing%20&bk=Cloud%20first%0A%0AOnce-only',
    )
    expect(state.bt).toBe('Digital government briefing')
    expect(state.bk).toEqual(['Cloud first', '', 'Once-only'])
    expect(parseViewState(serializeViewState(state))).toEqual(state)
    expect(serializeViewState({ ...state, outline: [], bt: '', bk: [] }).toString()).toBe('')
  })

  it('cuts a long key message and keeps the numbers of the others when one is empty', () => {
    expect(parseMessages(`${'x'.repeat(MAX_MESSAGE + 50)}\n\nthird\n\n`)).toEqual([
      'x'.repeat(MAX_MESSAGE),
      '',
      'third',
    ])
    expect(parseMessages(serializeMessages(['a', '', 'b']))).toEqual(['a', '', 'b'])
    expect(parseMessages('\n \n')).toBeNull()
  })
})
