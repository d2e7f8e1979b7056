// Filter-and-render latency: from the input event (the click or input event's
// timeStamp) to the next paint after the page changed, measured inside the page.
import { median } from './browser.mjs'

/**
 * Installed before the app loads. start() arms a listener for the next user
 * event; result() resolves, after the first DOM change outside the control
 * that got the event, at the next frame (rAF then a task, i.e. after paint).
 */
function installProbe() {
  const probe = {}
  probe.start = () => {
    probe.result = new Promise((resolve) => {
      let t0 = null
      let control = null
      const onEvent = (e) => {
        if (t0 !== null) return
        t0 = e.timeStamp
        control =
          e.target instanceof Element
            ? (e.target.closest(
                'form, fieldset, [role="search"], [role="radiogroup"], [role="group"], [role="tablist"]',
              ) ?? e.target)
            : null
      }
      // The event that changes the filter: click (lens) or input (search box).
      for (const type of ['click', 'input']) document.addEventListener(type, onEvent, { capture: true, once: true })
      const timer = setTimeout(() => {
        observer.disconnect()
        resolve(null)
      }, 30_000)
      const observer = new MutationObserver((records) => {
        if (t0 === null) return
        const relevant = records.some((r) => !(control && control.contains(r.target)))
        if (!relevant) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)))
      })
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
      })
    })
  }
  window.__latencyProbe = probe
}

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))))

async function timed(page, act) {
  await page.evaluate(() => window.__latencyProbe.start())
  await act()
  return page.evaluate(() => window.__latencyProbe.result)
}

function lensLocator(page, name) {
  return page
    .getByRole('radio', { name, exact: true })
    .or(page.getByRole('tab', { name, exact: true }))
    .or(page.getByRole('button', { name, exact: true }))
    .first()
}

/** Median lens-click and search-keystroke latency at `url`, optionally serving `dataset` instead of the real file. */
export async function measureLatency(browser, url, { dataset, samples = 10 } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
  })
  const page = await context.newPage()
  await page.addInitScript(installProbe)
  if (dataset) {
    const body = JSON.stringify(dataset)
    await page.route('**/data/g20-digital.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    )
  }
  let crashed = false
  page.on('crash', () => (crashed = true))
  await page.goto(url, { waitUntil: 'load' })
  // Ready when cards are on screen and the page has been quiet (no DOM change) for half a second.
  await page.getByRole('article').first().waitFor({ timeout: 120_000 })
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let timer = setTimeout(done, 500)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(done, 500)
        })
        function done() {
          observer.disconnect()
          resolve()
        }
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        })
      }),
  )
  await page.getByRole('article').first().waitFor({ timeout: 120_000 })
  const result = {
    lensMs: null,
    searchMs: null,
    lensRuns: [],
    searchRuns: [],
    notes: [],
  }
  // A slow case is sampled less to keep the bench short: 3 times over a second, once over 5 s (or no change in 30 s).
  const enough = (runs) =>
    runs.length >= samples ||
    (runs.length >= 3 && median(runs) > 1000) ||
    (runs.length >= 1 && (runs[0] === null || runs[0] > 5000)) ||
    crashed

  const government = lensLocator(page, 'Digital government')
  const all = lensLocator(page, 'All')
  if ((await government.count()) > 0 && (await all.count()) > 0) {
    for (let i = 0; !enough(result.lensRuns); i++) {
      const target = i % 2 === 0 ? government : all
      result.lensRuns.push(await timed(page, () => target.click({ timeout: 120_000 })))
      await settle(page)
    }
    result.lensMs = median(result.lensRuns)
    await all.click({ timeout: 120_000 })
    await settle(page)
  } else result.notes.push('lens control (Digital government / All) not found')

  const search = page
    .getByRole('searchbox')
    .or(page.getByRole('textbox', { name: /search/i }))
    .first()
  if ((await search.count()) > 0) {
    await search.click()
    const word = 'digital'
    for (let i = 0; !enough(result.searchRuns); i++) {
      const key = i < word.length ? word[i] : 'Backspace'
      result.searchRuns.push(await timed(page, () => page.keyboard.press(key)))
      await settle(page)
    }
    result.searchMs = median(result.searchRuns)
  } else result.notes.push('search box not found')
  if (crashed) result.notes.push('the page crashed')
  if (result.lensRuns.includes(null) || result.searchRuns.includes(null))
    result.notes.push('some samples saw no change within 30 s')
  await context.close()
  return result
}
