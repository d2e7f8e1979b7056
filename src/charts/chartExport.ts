import { downloadBlob } from '@/lib/download'
import { matrixChartSvg, pillarChartSvg, type MatrixChartInput, type PillarChartInput } from './chartSvg'

/** What a chart hands its download buttons: which writer, and its input. */
export type ChartExport = { kind: 'pillar'; input: PillarChartInput } | { kind: 'matrix'; input: MatrixChartInput }

export function chartSvg(spec: ChartExport): string {
  return spec.kind === 'pillar' ? pillarChartSvg(spec.input) : matrixChartSvg(spec.input)
}

/** Draws an SVG to a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(image.naturalWidth * scale)
    canvas.height = Math.ceil(image.naturalHeight * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d canvas')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Writes the chart as SVG or PNG (2x) and saves it under fileName. */
export async function downloadChart(spec: ChartExport, format: 'png' | 'svg', fileName: string): Promise<void> {
  const svg = chartSvg(spec)
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg)
  downloadBlob(blob, fileName)
}
