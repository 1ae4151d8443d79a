import type { Role, StaffSupportRequest } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { localAuthoritiesHandler, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import {
  buildStaffSupportRequest,
  buildSupportSettings,
  buildTeamView,
  buildWorkers,
} from './factories.ts'

/** A member of staff signed in, with the local authorities and workers the support line offers. */
export function signedInAs(role: Role = 'duty_officer') {
  return [
    sessionHandler(buildSession({ user: { role } })),
    localAuthoritiesHandler(),
    http.get(mswPath('findWorkers'), () => HttpResponse.json(buildWorkers())),
    http.get(mswPath('getSupportSettings'), () => HttpResponse.json(buildSupportSettings())),
  ]
}

/** `GET /api/team` answers with this team view: a team manager's home page reads its crises. */
export function teamViewHandler(team = buildTeamView()) {
  return http.get(mswPath('getTeamView'), () => HttpResponse.json(team))
}

/** `GET /api/support-requests/:supportRequestId` answers with this request (or what `request()` says now). */
export function supportRequestHandler(
  request: StaffSupportRequest | (() => StaffSupportRequest) = buildStaffSupportRequest(),
) {
  return http.get(mswPath('getSupportRequest'), () =>
    HttpResponse.json<StaffSupportRequest>(typeof request === 'function' ? request() : request),
  )
}

/** Records each JSON body sent to an endpoint. */
export function recorder() {
  const bodies: unknown[] = []
  return {
    bodies,
    record: async (request: Request) => {
      bodies.push(await request.json())
    },
  }
}
