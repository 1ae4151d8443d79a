import { existsSync } from 'node:fs'
import path from 'node:path'
import { Router, type RequestHandler } from 'express'
import expressStaticGzip from 'express-static-gzip'

/**
 * Serves the built SPA from the same origin as the API. Hashed assets are cached for a year, and
 * sent as the brotli or gzip file the build made beside each one when the browser accepts it
 * (`express-static-gzip`, issue 21); index.html is never cached, and answers every other GET so
 * that the SPA's own routes work on reload (history fallback). Source maps are never served. Paths
 * under /api never reach here.
 */
export function spaRouter(distDir: string): Router {
  const router = Router()
  const indexHtml = path.join(distDir, 'index.html')
  if (!existsSync(indexHtml)) {
    throw new Error(
      `The built web app is missing (${path.basename(distDir)}/index.html): run the build first`,
    )
  }
  const notFound: RequestHandler = (_req, res) => {
    res.status(404).end()
  }
  router.use(/.*\.map$/, notFound)
  router.use(
    '/assets',
    precompressed(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }),
    notFound,
  )
  router.use(precompressed(distDir, { maxAge: '1h' }))
  router.get(/.*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(indexHtml)
  })
  return router
}

/** Static files, each sent as its `.br` or `.gz` twin when the browser accepts one. */
function precompressed(root: string, serveStatic: { immutable?: boolean; maxAge: string }) {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, ...serveStatic },
  })
}
