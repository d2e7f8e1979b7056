import type { PptxSpec } from './pptxSpec'

/**
 * Replays a PptxSpec through pptxgenjs and returns the file. The library
 * (about 400 KB before gzip) is fetched here, on the first export, never with
 * the page.
 */
export async function writePptx(spec: PptxSpec): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
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
