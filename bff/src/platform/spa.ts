import { existsSync } from 'node:fs'
import path from 'node:path'
import express, { Router } from 'express'

/**
 * Serves the built SPA from the same origin as the API. Hashed assets are cached for a year;
 * index.html is never cached, and answers every other GET so that the SPA's own routes work on
 * reload (history fallback). Paths under /api never reach here.
 */
export function spaRouter(distDir: string): Router {
  const router = Router()
  const indexHtml = path.join(distDir, 'index.html')
  if (!existsSync(indexHtml)) {
    throw new Error(
      `The built web app is missing (${path.basename(distDir)}/index.html): run the build first`,
    )
  }
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y' }),
    (_req, res) => {
      res.status(404).end()
    },
  )
  router.use(express.static(distDir, { index: false, maxAge: '1h' }))
  router.get(/.*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(indexHtml)
  })
  return router
}
