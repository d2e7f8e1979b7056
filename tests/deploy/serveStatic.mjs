// Follows the README's "Deploy" section on 127.0.0.1: builds the app with BASE_PATH=/g20/,
// copies dist/ into a web root as g20/, and serves it the way deploy/nginx/g20-dashboard.conf
// does: the same headers (read from that file), the same Cache-Control per location, no SPA
// fallback, /g20 redirected to /g20/. Started by tests/deploy/playwright.config.ts.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const BASE = '/g20/'
const repo = fileURLToPath(new URL('../..', import.meta.url))
const port = Number(process.env.DEPLOY_PORT)
if (!Number.isInteger(port) || port <= 0)
  throw new Error('DEPLOY_PORT is not set (tests/deploy/playwright.config.ts sets it)')

/**
 * The headers and caching of the nginx snippet: every `add_header Name "value" always;`
 * with a literal value, and `set $g20_cache "…";` at server level and per `location`.
 */
export function nginxRules(conf) {
  const headers = []
  const cache = []
  let location = null
  for (const raw of conf.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    const opened = /^location\s+(=\s+)?(\S+)\s*\{$/.exec(line)
    if (opened) location = { exact: Boolean(opened[1]), path: opened[2] }
    else if (line === '}') location = null
    const header = /^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/.exec(line)
    if (header && !location) headers.push([header[1], header[2]])
    const cached = /^set\s+\$g20_cache\s+"([^"]*)";$/.exec(line)
    if (cached) cache.push({ prefix: location?.path ?? '', value: cached[1] })
  }
  return { headers, cache }
}

const { headers, cache } = nginxRules(readFileSync(join(repo, 'deploy', 'nginx', 'g20-dashboard.conf'), 'utf8'))
if (headers.length === 0 || cache.length < 2)
  throw new Error('deploy/nginx/g20-dashboard.conf: no headers or cache rules found')
const cacheFor = (path) =>
  cache.filter((rule) => path.startsWith(rule.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]?.value

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
}

// One folder per port, so parallel runs on one machine do not share it.
const work = join(tmpdir(), `g20-deploy-${port}`)
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const dist = join(work, 'dist')
const build = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: repo,
  env: { ...process.env, BASE_PATH: BASE },
  stdio: 'inherit',
})
if (build.status !== 0) process.exit(build.status ?? 1)
const www = join(work, 'www')
cpSync(dist, join(www, BASE), { recursive: true })

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  const send = (status, extra, body) => {
    res.writeHead(status, { ...Object.fromEntries(headers), 'Cache-Control': cacheFor(path) ?? 'no-cache', ...extra })
    res.end(body)
  }
  if (path === BASE.slice(0, -1)) return send(301, { Location: BASE })
  let file = normalize(join(www, path))
  if (!path.startsWith(BASE) || !file.startsWith(www)) return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
  let info = await stat(file).catch(() => null)
  if (info?.isDirectory()) {
    file = join(file, 'index.html')
    info = await stat(file).catch(() => null)
  }
  if (!info?.isFile()) return send(404, { 'Content-Type': 'text/plain' }, 'Not found')
  const body = await readFile(file)
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`
  if (req.headers['if-none-match'] === etag) return send(304, { ETag: etag })
  return send(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ETag: etag }, body)
})
server.listen(port, '127.0.0.1')
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
