import { runInThisContext } from 'node:vm'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bootScript } from '../../deploy/bootScript'
import { returnPointOf } from '@/url/returnPoint'

/**
 * public/boot.js remembers, from the first moment the page is there, the link a reader follows
 * (src/url/returnPoint.ts restores focus and scroll to it on Back): the two must agree on where.
 */
const INLINED = bootScript(process.cwd())

function page(): void {
  document.body.innerHTML = `
    <div id="root"><header><a href="/ja/">日本語</a></header>
      <main><a href="/topics/?topic=2021-dfft"><span>DFFT</span></a><a href="/x.pdf" download>PDF</a></main>
    </div>`
}

// Once, as a page runs it; its listeners are on the document, so they serve every page() below.
beforeAll(() => {
  page()
  runInThisContext(INLINED)
  // jsdom does not navigate: keep it from trying.
  document.addEventListener('click', (event) => event.preventDefault())
})

function click(element: Element, init: MouseEventInit = {}): void {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }))
}

afterEach(() => window.history.replaceState(null, ''))

describe('public/boot.js remembers the link followed, for Back', () => {
  it('a plain click on a link in main: its address, the scroll position and its words, keeping what the entry held', () => {
    page()
    window.history.replaceState({ other: 1 }, '')
    let followed = 0
    const count = () => followed++
    window.addEventListener('g20:followed', count)
    click(document.querySelector('main span')!)
    window.removeEventListener('g20:followed', count)
    expect(returnPointOf(window.history.state)).toEqual(['/topics/?topic=2021-dfft', 0, 'DFFT'])
    expect(window.history.state).toMatchObject({ other: 1 })
    expect(followed).toBe(1)
  })

  it('not a link outside main, a download, or a click that opens another tab', () => {
    page()
    click(document.querySelector('header a')!)
    click(document.querySelector('main a[download]')!)
    click(document.querySelector('main a')!, { ctrlKey: true })
    click(document.querySelector('main a')!, { button: 1 })
    expect(returnPointOf(window.history.state)).toBeNull()
  })
})
