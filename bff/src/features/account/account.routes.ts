import type { Db } from '@asp/db'
import { fromNodeHeaders } from 'better-auth/node'
import type { Request, Response } from 'express'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { allRoles } from '../../platform/actor.ts'
import type { Auth } from '../../platform/auth/auth.ts'
import { forwardCookies } from '../../platform/auth/session-middleware.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { accountService, type AuthExchange } from './account.service.ts'

const families = ['adopter', 'birth_relative'] as const

/** better-auth reads the request's headers; the cookies it sets go out with the response. */
const exchangeOf = (req: Request, res: Response): AuthExchange => ({
  headers: fromNodeHeaders(req.headers),
  forwardCookies: (headers) => forwardCookies(headers, res),
})

export function accountRoutes(
  db: Db,
  auth: Auth,
  options: { textMessages: boolean },
  clock: Clock,
) {
  const account = accountService(db, auth, clock, options)

  return [
    handle(endpoints.startTotpSetup, access.settingUp(allRoles), ({ actor, body, req, res }) =>
      account.startTotpSetup(actor, body.password, exchangeOf(req, res)),
    ),

    handle(endpoints.confirmTotpSetup, access.settingUp(allRoles), ({ actor, body, req, res }) =>
      account.confirmTotpSetup(actor, body.code, exchangeOf(req, res)),
    ),

    handle(endpoints.chooseEmailCodes, access.settingUp(families), ({ actor, body, req, res }) =>
      account.chooseEmailCodes(actor, body.password, exchangeOf(req, res)),
    ),

    handle(
      endpoints.startTextMessageSetup,
      access.settingUp(families),
      ({ actor, body, req, res }) =>
        account.startTextMessageSetup(actor, body, exchangeOf(req, res)),
    ),

    handle(endpoints.confirmTextMessageSetup, access.settingUp(families), ({ actor, body }) =>
      account.confirmTextMessageSetup(actor, body.code),
    ),

    handle(endpoints.changePassword, access.signedIn(allRoles), ({ actor, body, req, res }) =>
      account.changePassword(actor, body, exchangeOf(req, res)),
    ),

    handle(endpoints.requestPasswordReset, access.anyone, ({ body, req }) =>
      account.requestPasswordReset(body.email, req.log),
    ),

    handle(endpoints.resetPassword, access.anyone, ({ body, req }) =>
      account.resetPassword(body, req.log),
    ),
  ]
}
