import type PptxGenJS from 'pptxgenjs'
// pptxgenjs' own browser build (JSZip inside), copied to assets/ as a file of its own. Bundled as a module,
// its CommonJS JSZip would make the build share a module runtime and a preload helper with the first view
// (0.7 KB gzip more on every first visit); as a classic script it costs the first view nothing.
import bundleUrl from '../../../../node_modules/pptxgenjs/dist/pptxgen.bundle.js?url'
import type { PptxSpec } from './pptxSpec'

type PptxGenJSClass = typeof PptxGenJS
declare global {
  interface Window {
    PptxGenJS?: PptxGenJSClass
  }
}

let loading: Promise<PptxGenJSClass> | null = null

/** Adds the library's script once (same origin, so the Content-Security-Policy allows it); a failed load can be retried. */
function loadLibrary(): Promise<PptxGenJSClass> {
  loading ??= new Promise<PptxGenJSClass>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = bundleUrl
    script.async = true
    script.onload = () => {
      if (window.PptxGenJS) resolve(window.PptxGenJS)
      else reject(new Error('pptxgenjs did not load'))
    }
    script.onerror = () => {
      script.remove()
      reject(new Error(`could not load ${bundleUrl}`))
    }
    document.head.append(script)
  }).catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/**
 * Replays a PptxSpec through pptxgenjs and returns the file. The library
 * (about 120 KB gzip) is fetched here, on the first export, never with the page.
 */
export async function writePptx(spec: PptxSpec): Promise<Blob> {
  const PptxGenJSClass = await loadLibrary()
  const pptx = new PptxGenJSClass()
  pptx.layout = spec.layout
  pptx.title = spec.title
  pptx.subject = spec.subject
  pptx.theme = { headFontFace: spec.fontFace, bodyFontFace: spec.fontFace }
  for (const slideSpec of spec.slides) {
    const slide = pptx.addSlide()
    slide.background = { color: slideSpec.background }
    slide.slideNumber = spec.slideNumber
    for (const item of slideSpec.items) {
      if (item.kind === 'text') slide.addText(item.runs, item.options)
      else if (item.kind === 'shape') slide.addShape(item.shape, item.options)
      else if (item.kind === 'table') slide.addTable(item.rows, item.options)
      else slide.addChart(item.chart, item.data, item.options)
    }
    if (slideSpec.notes !== '') slide.addNotes(slideSpec.notes)
  }
  const file = await pptx.write({ outputType: 'blob' })
  if (!(file instanceof Blob)) throw new Error('pptxgenjs did not return a Blob')
  return file
}
