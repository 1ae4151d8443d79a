import { withdrawAssessmentSchema } from '@asp/bff/contract'
import { useParams } from 'react-router'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { useWithdrawAssessment } from '../api/withdraw-assessment.ts'
import { AssessmentTextForm } from './assessment-text-form.tsx'

/** `/needs-assessments/:assessmentId/withdraw`: stop the assessment, saying why. */
export function WithdrawAssessmentPage() {
  const assessmentId = parseAssessmentId(useParams())
  return (
    <AssessmentTextForm
      action="withdraw"
      field="reason"
      title="Why is the assessment being withdrawn?"
      hint="For example, the family asked to stop, or moved away. This is kept on the record."
      schema={withdrawAssessmentSchema}
      mutation={useWithdrawAssessment(assessmentId)}
      button="Withdraw the assessment"
      notice="withdrawn"
    />
  )
}
