import { decideAssessmentSchema } from '@asp/bff/contract'
import { useParams } from 'react-router'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { useDecideAssessment } from '../api/decide-assessment.ts'
import { AssessmentTextForm } from './assessment-text-form.tsx'

/**
 * `/needs-assessments/:assessmentId/decision`: a team manager records the decision and the reasons,
 * once the family has responded or the time to respond has ended.
 */
export function DecideAssessmentPage() {
  const assessmentId = parseAssessmentId(useParams())
  return (
    <AssessmentTextForm
      action="decide"
      field="decision"
      title="The decision and the reasons"
      hint="Say what support will be given and why, taking account of what the family told you. The family can read this."
      schema={decideAssessmentSchema}
      mutation={useDecideAssessment(assessmentId)}
      button="Record the decision"
      notice="decided"
    />
  )
}
