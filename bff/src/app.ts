import type { Database } from '@asp/db'
import express, { type Express, type RequestHandler } from 'express'
import type { Logger } from 'pino'
import { serviceInfoRoutes } from './features/service-info/service-info.routes.ts'
import { statusRoutes } from './features/status/status.routes.ts'
import type { Config } from './platform/config.ts'
import { routerFor, type MountedEndpoint } from './platform/endpoint-router.ts'
import { apiNotFound, errorHandler } from './platform/error-handler.ts'
import { requestLogger } from './platform/logger.ts'
import { securityHeaders } from './platform/security-headers.ts'
import { spaRouter } from './platform/spa.ts'

export interface AppDeps {
  config: Pick<Config, 'env' | 'webDistDir' | 'trustProxyHops'>
  database: Database
  logger: Logger
}

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store')
  next()
}

export const jsonBodyLimit = '100kb'

/** Every endpoint the app answers, feature by feature. */
export function mountedEndpoints(deps: AppDeps): MountedEndpoint[] {
  const mounted: MountedEndpoint[] = [
    ...statusRoutes(deps.database, () => mounted.map((m) => m.endpoint)),
    ...serviceInfoRoutes(deps.database.db),
  ]
  return mounted
}

/**
 * The app, in the order a request meets it: request id and log → security headers → API (no-store,
 * JSON body, endpoints, 404) → the built SPA in production → the one error handler.
 */
export function createApp(deps: AppDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', deps.config.trustProxyHops)
  app.set('query parser', 'simple')

  app.use(requestLogger(deps.logger))
  app.use(securityHeaders())

  app.use('/api', noStore, express.json({ limit: jsonBodyLimit }))
  app.use(routerFor(mountedEndpoints(deps)))
  app.use('/api', apiNotFound)

  if (deps.config.env === 'production') app.use(spaRouter(deps.config.webDistDir))

  app.use(errorHandler)
  return app
}
