import type { Db } from '@asp/db'
import { fromNodeHeaders } from 'better-auth/node'
import type { Request, Response } from 'express'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { allRoles } from '../../platform/actor.ts'
import type { Auth } from '../../platform/auth/auth.ts'
import { clearSessionCookie, forwardCookies } from '../../platform/auth/session-middleware.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { sessionService, type SessionExchange } from './session.service.ts'

/** better-auth reads the request's headers; the cookies it sets go out with the response. */
const exchangeOf = (req: Request, res: Response): SessionExchange => ({
  headers: fromNodeHeaders(req.headers),
  forwardCookies: (headers) => forwardCookies(headers, res),
  clearSessionCookie: () => clearSessionCookie(res),
  context: { ipAddress: req.ip, userAgent: req.get('user-agent'), requestId: String(req.id) },
  log: req.log,
})

export function sessionRoutes(db: Db, auth: Auth, options: { textMessages: boolean }) {
  const session = sessionService(db, auth, options)

  return [
    handle(endpoints.signIn, access.anyone, ({ body, req, res }) =>
      session.signIn(body, exchangeOf(req, res)),
    ),

    handle(endpoints.sendSecurityCode, access.anyone, ({ actor, req, res }) =>
      session.sendSecurityCode(actor, exchangeOf(req, res)),
    ),

    handle(endpoints.verifySecondFactor, access.anyone, ({ body, req, res }) =>
      session.verifySecondFactor(body, exchangeOf(req, res)),
    ),

    handle(endpoints.getSession, access.settingUp(allRoles), ({ actor }) =>
      session.describeSession(actor),
    ),

    handle(endpoints.extendSession, access.settingUp(allRoles), ({ actor }) =>
      session.describeSession(actor),
    ),

    handle(endpoints.signOut, access.settingUp(allRoles), ({ actor, req, res }) =>
      session.signOut(actor, exchangeOf(req, res)),
    ),

    handle(endpoints.signOutOtherDevices, access.signedIn(allRoles), ({ actor, req, res }) =>
      session.signOutOtherDevices(actor, exchangeOf(req, res)),
    ),
  ]
}
