import type { Role, StaffSupportRequest } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { localAuthoritiesHandler, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import {
  buildAssessmentsPage,
  buildStaffSupportRequest,
  buildSupportSettings,
  buildTeamView,
  buildTimeliness,
  buildWorkers,
  type AssessmentsPage,
  type AssessmentTimeliness,
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

/**
 * What a team manager's home page reads: `GET /api/team` answers with this team view (its crises)
 * and `GET /api/staff/assessments/timeliness` with these figures on assessments. One handler, so
 * that the tests of other features that pass through the home page need only this.
 */
export function teamViewHandler(team = buildTeamView(), figures = buildTimeliness()) {
  const teamPath = mswPath('getTeamView')
  const figuresPath = mswPath('getAssessmentTimeliness')
  return http.get(
    ({ request }) => [teamPath, figuresPath].includes(new URL(request.url).pathname),
    ({ request }) =>
      new URL(request.url).pathname === teamPath
        ? HttpResponse.json(team)
        : HttpResponse.json<AssessmentTimeliness>(figures),
  )
}

/** `GET /api/staff/assessments` answers with this page, recording each query string. */
export function myAssessmentsHandler(page: AssessmentsPage = buildAssessmentsPage()) {
  const queries: URLSearchParams[] = []
  return {
    queries,
    handler: http.get(mswPath('findAssessments'), ({ request }) => {
      queries.push(new URL(request.url).searchParams)
      return HttpResponse.json<AssessmentsPage>(page)
    }),
  }
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
