import { returnAssessmentSchema } from '@asp/bff/contract'
import { useParams } from 'react-router'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { useReturnAssessment } from '../api/return-assessment.ts'
import { AssessmentTextForm } from './assessment-text-form.tsx'

/** `/needs-assessments/:assessmentId/return`: a team manager returns it to the worker with comments. */
export function ReturnAssessmentPage() {
  const assessmentId = parseAssessmentId(useParams())
  return (
    <AssessmentTextForm
      action="return"
      field="comments"
      title="What needs to change?"
      hint="The worker sees these comments on the assessment and can change the sections again."
      schema={returnAssessmentSchema}
      mutation={useReturnAssessment(assessmentId)}
      button="Return with comments"
      notice="returned"
    />
  )
}
