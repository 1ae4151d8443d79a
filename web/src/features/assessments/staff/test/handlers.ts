import type { BirthRelativeSummary, Family, Role, StaffAssessment } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import {
  buildAssessmentsPage,
  buildSectionComparison,
  buildSectionHistory,
  buildStaffAssessment,
  buildTimeliness,
  birthRelative,
  family,
  workerIds,
  type AssessmentsPage,
  type AssessmentTimeliness,
  type SectionComparison,
  type SectionHistory,
} from './factories.ts'

/** A member of staff signed in with this role. */
export function signedInAs(role: Role = 'support_worker') {
  return sessionHandler(buildSession({ user: { role } }))
}

/** `GET /api/staff/assessments/:assessmentId` answers with this assessment (or what `assessment()` says now). */
export function assessmentHandler(
  assessment: StaffAssessment | (() => StaffAssessment) = buildStaffAssessment(),
) {
  return http.get(mswPath('getAssessment'), () =>
    HttpResponse.json<StaffAssessment>(
      typeof assessment === 'function' ? assessment() : assessment,
    ),
  )
}

/** `GET /api/staff/assessments` answers with this page, recording each query string. */
export function assessmentsHandler(page: AssessmentsPage = buildAssessmentsPage()) {
  const queries: URLSearchParams[] = []
  return {
    queries,
    handler: http.get(mswPath('findAssessments'), ({ request }) => {
      queries.push(new URL(request.url).searchParams)
      return HttpResponse.json<AssessmentsPage>(page)
    }),
  }
}

/** `GET /api/staff/assessments/timeliness` answers with these figures. */
export function timelinessHandler(figures: AssessmentTimeliness = buildTimeliness()) {
  return http.get(mswPath('getAssessmentTimeliness'), () =>
    HttpResponse.json<AssessmentTimeliness>(figures),
  )
}

/** `GET /api/families/:familyId` answers with this family. */
export function familyHandler(answer: Family = family) {
  return http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(answer))
}

/** `GET /api/birth-relatives/:id` answers with this birth relative. */
export function birthRelativeHandler(answer: BirthRelativeSummary = birthRelative) {
  return http.get(mswPath('getBirthRelative'), () =>
    HttpResponse.json<BirthRelativeSummary>(answer),
  )
}

/** `GET …/sections/:section/versions` answers with this history. */
export function sectionHistoryHandler(history: SectionHistory = buildSectionHistory()) {
  return http.get(mswPath('getSectionHistory'), () => HttpResponse.json<SectionHistory>(history))
}

/** `GET …/sections/:section/compare` answers with this comparison, recording each query string. */
export function comparisonHandler(comparison: SectionComparison = buildSectionComparison()) {
  const queries: URLSearchParams[] = []
  return {
    queries,
    handler: http.get(mswPath('compareSectionVersions'), ({ request }) => {
      queries.push(new URL(request.url).searchParams)
      return HttpResponse.json<SectionComparison>(comparison)
    }),
  }
}

/** `GET /api/workers` answers with these workers (the caller, Tom Hughes, among them). */
export function workersHandler(
  workers = [
    {
      id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a04',
      name: 'Tom Hughes',
      role: 'support_worker' as const,
      openCases: 6,
    },
    { id: workerIds.aisha, name: 'Aisha Khan', role: 'support_worker' as const, openCases: 4 },
    { id: workerIds.priya, name: 'Priya Shah', role: 'duty_officer' as const, openCases: 0 },
  ],
) {
  return http.get(mswPath('findWorkers'), () => HttpResponse.json({ workers }))
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
