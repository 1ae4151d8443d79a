import { assessmentEndpoints } from '@asp/bff/contract'
import { buildUrl } from '../../../../lib/api-client.ts'

// The addresses of the PDFs a family or birth relative may keep, for plain download links.

/** `GET /api/assessments/:assessmentId/decision-notice`: our decision, once it is made. */
export function myDecisionNoticeHref(assessmentId: string): string {
  return buildUrl(assessmentEndpoints.downloadMyDecisionNotice, { assessmentId }).pathname
}

/** `GET /api/assessments/:assessmentId/plan-pdf`: their support plan, once it is shared. */
export function myPlanPdfHref(assessmentId: string): string {
  return buildUrl(assessmentEndpoints.downloadMyPlanPdf, { assessmentId }).pathname
}
