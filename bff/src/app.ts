import type { Database } from '@asp/db'
import express, { type Express, type RequestHandler } from 'express'
import type { Logger } from 'pino'
import { accountRoutes } from './features/account/index.ts'
import { administrationRoutes } from './features/administration/index.ts'
import { asfRoutes } from './features/asf/index.ts'
import { assessmentRoutes, planRoutes } from './features/assessments/index.ts'
import { auditRoutes } from './features/audit/index.ts'
import { devMailboxRoutes } from './features/dev-mailbox/index.ts'
import { familyRoutes } from './features/families/index.ts'
import { fileRoutes, readUpload } from './features/files/index.ts'
import { groupRegisterRoutes, groupRoutes } from './features/groups/index.ts'
import { invitationRoutes } from './features/invitations/index.ts'
import {
  letterboxRoutes,
  letterboxStaffRoutes,
  readLetterPhoto,
} from './features/letterbox/index.ts'
import { reportRoutes } from './features/reports/index.ts'
import { serviceInfoRoutes } from './features/service-info/index.ts'
import { sessionRoutes } from './features/session/index.ts'
import { statusRoutes } from './features/status/index.ts'
import { supportRequestRoutes } from './features/support-requests/index.ts'
import { createAuth, type Auth } from './platform/auth/auth.ts'
import { outboxMailer } from './platform/auth/mailer.ts'
import { resolveActor } from './platform/auth/session-middleware.ts'
import { systemClock, type Clock } from './platform/clock.ts'
import type { Config } from './platform/config.ts'
import { refuseCrossSite } from './platform/cross-site.ts'
import { routerFor, type MountedEndpoint } from './platform/endpoint-router.ts'
import { apiNotFound, errorHandler } from './platform/error-handler.ts'
import { requestLogger } from './platform/logger.ts'
import { securityHeaders } from './platform/security-headers.ts'
import { spaRouter } from './platform/spa.ts'
import { throttles } from './platform/throttles.ts'

export interface AppDeps {
  config: Pick<
    Config,
    'env' | 'webDistDir' | 'trustProxyHops' | 'publicUrl' | 'devMailbox' | 'textMessages'
  > & {
    /** Resolved at start: AUTH_SECRET, or the embedded database's own. */
    authSecret: string
  }
  database: Database
  logger: Logger
  /** The time, injectable so that every timer can be tested. */
  clock?: Clock
}

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store')
  next()
}

export const jsonBodyLimit = '100kb'

/** Every endpoint the app answers, feature by feature, each with its access rule. */
export function mountedEndpoints(deps: AppDeps, auth: Auth): MountedEndpoint[] {
  const db = deps.database.db
  const clock = deps.clock ?? systemClock
  const { publicUrl } = deps.config
  const mounted: MountedEndpoint[] = [
    ...statusRoutes(deps.database, () => mounted.map((m) => m.endpoint)),
    ...serviceInfoRoutes(db),
    ...sessionRoutes(db, auth, deps.config),
    ...accountRoutes(db, auth, deps.config, clock),
    ...invitationRoutes(db, { clock, publicUrl }),
    ...familyRoutes(db, { clock }),
    ...auditRoutes(db),
    ...administrationRoutes(db, { clock }),
    ...fileRoutes(db),
    ...supportRequestRoutes(db, { clock, publicUrl }),
    ...groupRoutes(db, { clock, publicUrl }),
    ...groupRegisterRoutes(db, { clock }),
    ...letterboxRoutes(db, { clock, publicUrl }),
    ...letterboxStaffRoutes(db, { clock, publicUrl }),
    ...assessmentRoutes(db, { clock, publicUrl }),
    ...planRoutes(db, { clock, publicUrl }),
    ...asfRoutes(db, { clock }),
    ...reportRoutes(db, { clock }),
    ...devMailboxRoutes(db, deps.config.devMailbox),
  ]
  return mounted
}

export function createAppAuth(deps: AppDeps): Auth {
  return createAuth({
    db: deps.database.db,
    secret: deps.config.authSecret,
    baseURL: deps.config.publicUrl,
    mailer: outboxMailer(deps.database.db, deps.config.publicUrl),
  })
}

/**
 * The app, in the order a request meets it: request id and log → security headers → API (no-store,
 * cross-site refusal, JSON body, session, throttles, endpoints with their access rules, 404) → the
 * built SPA in production → the one error handler.
 */
export function createApp(deps: AppDeps): Express {
  const app = express()
  const auth = createAppAuth(deps)
  app.disable('x-powered-by')
  app.set('trust proxy', deps.config.trustProxyHops)
  app.set('query parser', 'simple')

  app.use(requestLogger(deps.logger))
  app.use(securityHeaders())

  app.use('/api', noStore, refuseCrossSite, express.json({ limit: jsonBodyLimit }))
  app.use('/api', resolveActor(deps.database.db, deps.config.authSecret))
  for (const [path, handlers] of throttles(deps.database.db)) app.post(path, ...handlers)
  app.post('/api/files', readUpload)
  app.post('/api/letterbox/letters/:letterId/photos', readLetterPhoto)
  app.use(routerFor(mountedEndpoints(deps, auth)))
  app.use('/api', apiNotFound)

  if (deps.config.env === 'production') app.use(spaRouter(deps.config.webDistDir))

  app.use(errorHandler)
  return app
}
