import { describe, expect, it } from 'vitest'
import { deckKey, isControlKey, moveEffect, targetSlide, type DeckCommand } from './deckKeys'

function press(keys: string[]): (DeckCommand | null)[] {
  let buffer = ''
  return keys.map((key) => {
    const result = deckKey(key, buffer)
    buffer = result.buffer
    return result.command
  })
}

describe('deckKey', () => {
  it('moves with arrows, Space, PageUp/PageDown, Home and End', () => {
    expect(press(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End']).map((c) => c?.type)).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
    ])
  })

  it('jumps to a typed number on Enter', () => {
    expect(press(['1', '2', 'Enter'])).toEqual([null, null, { type: 'goto', slide: 12 }])
    expect(deckKey('Enter', '').handled).toBe(false)
  })

  it('jumps to slide numbers longer than four digits', () => {
    expect(press(['1', '2', '3', '4', '5', 'Enter']).at(-1)).toEqual({ type: 'goto', slide: 12345 })
  })

  it('knows F, B and Escape, and ignores other keys', () => {
    expect(press(['f', 'B', 'Escape', 'x']).map((c) => c?.type ?? null)).toEqual(['fullscreen', 'blank', 'exit', null])
    expect(deckKey('Tab', '3')).toEqual({ command: null, buffer: '3', handled: false })
  })
})

describe('targetSlide', () => {
  it('stays inside the deck', () => {
    expect(targetSlide({ type: 'next' }, 5, 5)).toBe(5)
    expect(targetSlide({ type: 'previous' }, 1, 5)).toBe(1)
    expect(targetSlide({ type: 'goto', slide: 40 }, 1, 5)).toBe(5)
    expect(targetSlide({ type: 'goto', slide: 0 }, 3, 5)).toBe(1)
    expect(targetSlide({ type: 'blank' }, 3, 5)).toBeNull()
  })
})

describe('isControlKey', () => {
  it('leaves Space and Enter to a focused button or link, and other keys to the deck', () => {
    const button = document.createElement('button')
    const inner = document.createElement('span')
    button.append(inner)
    expect(isControlKey(button, ' ', '')).toBe(true)
    expect(isControlKey(inner, 'Enter', '')).toBe(true)
    expect(isControlKey(button, 'Enter', '12')).toBe(false)
    expect(isControlKey(button, 'ArrowRight', '')).toBe(false)
    expect(isControlKey(document.body, ' ', '')).toBe(false)
  })

  it('does not throw for a key event whose target is the window or nothing', () => {
    expect(isControlKey(window, ' ', '')).toBe(false)
    expect(isControlKey(window, 'Enter', '')).toBe(false)
    expect(isControlKey(null, ' ', '')).toBe(false)
  })
})

describe('moveEffect', () => {
  it('moves to the target when the screen is lit, and does nothing when the target is the slide shown', () => {
    expect(moveEffect(4, 3, false)).toEqual({ slide: 4 })
    expect(moveEffect(12, 12, false)).toBeNull()
  })

  it('while blanked, lights the screen on the slide it was showing, without moving (also at the last slide)', () => {
    expect(moveEffect(4, 3, true)).toEqual({ slide: 3 })
    expect(moveEffect(1, 3, true)).toEqual({ slide: 3 })
    expect(moveEffect(12, 12, true)).toEqual({ slide: 12 })
  })
})
