// A tiny static server for the benchmark: serves a folder on 127.0.0.1 with the
// right content types and gzip for text, as a static host does: a folder is its own index.html
// ("/topics/" → topics/index.html, each page is prerendered into its own), a missing file is a 404.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt'])

/** Starts a server for `root` on `port`; resolves to { url, close }. */
export function serveStatic(root, port) {
  const cache = new Map()
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(root, path))
      if (!file.startsWith(normalize(root))) {
        res.writeHead(403).end()
        return
      }
      let info = await stat(file).catch(() => null)
      if (info?.isDirectory()) {
        file = join(file, 'index.html')
        info = await stat(file).catch(() => null)
      }
      if (!info) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found')
        return
      }
      const ext = extname(file)
      let body = cache.get(file)
      if (!body) {
        const raw = await readFile(file)
        body = { raw, gz: COMPRESSIBLE.has(ext) ? gzipSync(raw) : null }
        cache.set(file, body)
      }
      const gzip = body.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
      })
      res.end(gzip ? body.gz : body.raw)
    } catch (error) {
      res.writeHead(500).end(String(error))
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    )
  })
}
