import type { StaffAssessment, StaffPlan } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { mswPath } from '../../../../test/handlers.ts'
import { buildDecidedAssessment, buildPlanWorkers, buildStaffPlan } from './plan-factories.ts'

// The staff session (`signedInAs`) and `recorder` are the assessment pages' helpers.
export { recorder, signedInAs } from './handlers.ts'

/** `GET /api/staff/plans/:planId` answers with this plan (or what `plan()` says now). */
export function planHandler(plan: StaffPlan | (() => StaffPlan) = buildStaffPlan()) {
  return http.get(mswPath('getPlan'), () =>
    HttpResponse.json<StaffPlan>(typeof plan === 'function' ? plan() : plan),
  )
}

/** `GET /api/staff/assessments/:assessmentId` answers with this (decided) assessment. */
export function planAssessmentHandler(assessment: StaffAssessment = buildDecidedAssessment()) {
  return http.get(mswPath('getAssessment'), () => HttpResponse.json<StaffAssessment>(assessment))
}

/** `GET /api/workers` answers with the workers who may be named. */
export function planWorkersHandler(workers = buildPlanWorkers()) {
  return http.get(mswPath('findWorkers'), () => HttpResponse.json(workers))
}
