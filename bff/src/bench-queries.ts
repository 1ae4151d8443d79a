// The statements behind the busiest pages, for the benchmarks to explain exactly as the BFF sends
// them (test/bench/support-requests.ts, letterbox.ts, assessments.ts). Not for the app itself.
export { queuePageQuery } from './features/support-requests/support-line.repository.ts'
export {
  requestPartsQuery,
  staffRequestScope,
} from './features/support-requests/support-requests.repository.ts'
export {
  childLetterboxQuery,
  staffAgreementScope,
} from './features/letterbox/agreements.repository.ts'
export { birthRelativeLetterboxQuery } from './features/letterbox/my-letterbox.repository.ts'
export { reviewQueuePageQuery } from './features/letterbox/review.repository.ts'
export {
  assessmentPageQuery,
  staffAssessmentScope,
  staffPlanScope,
  timelinessQuery,
} from './features/assessments/assessments.repository.ts'
