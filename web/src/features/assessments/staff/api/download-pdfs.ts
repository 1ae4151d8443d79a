import { assessmentEndpoints } from '@asp/bff/contract'
import { buildUrl } from '../../../../lib/api-client.ts'

// The addresses of the PDFs staff print, for plain download links: the browser fetches them with
// the session's cookie and saves the file the BFF names.

/** `GET /api/staff/assessments/:assessmentId/pdf`: the whole assessment, for the case file. */
export function assessmentPdfHref(assessmentId: string): string {
  return buildUrl(assessmentEndpoints.downloadAssessmentPdf, { assessmentId }).pathname
}

/** `GET /api/staff/assessments/:assessmentId/decision-notice`: the notice as the family got it. */
export function decisionNoticeHref(assessmentId: string): string {
  return buildUrl(assessmentEndpoints.downloadDecisionNotice, { assessmentId }).pathname
}

/** `GET /api/staff/plans/:planId/pdf`: the support plan. */
export function planPdfHref(planId: string): string {
  return buildUrl(assessmentEndpoints.downloadPlanPdf, { planId }).pathname
}
