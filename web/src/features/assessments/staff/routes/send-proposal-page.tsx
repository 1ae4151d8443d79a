import { sendProposalSchema } from '@asp/bff/contract'
import { useParams } from 'react-router'
import { WarningText } from '../../../../components/warning-text.tsx'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { useSendProposal } from '../api/send-proposal.ts'
import { AssessmentTextForm } from './assessment-text-form.tsx'

/**
 * `/needs-assessments/:assessmentId/proposal`: the notice of the proposed decision. The family is
 * emailed and may agree or make representations until the date to respond by.
 */
export function SendProposalPage() {
  const assessmentId = parseAssessmentId(useParams())
  return (
    <AssessmentTextForm
      action="sendProposal"
      field="proposal"
      title="The proposed decision"
      heading={{
        text: 'Send the proposed decision',
        before: (
          <WarningText>
            The family will be emailed that the proposed decision is ready. They can agree or make
            representations in the portal until the date to respond by, which the assessment shows
            once you send it.
          </WarningText>
        ),
      }}
      hint="The needs you found, the services you propose and any money. Write it for the family to read."
      schema={sendProposalSchema}
      mutation={useSendProposal(assessmentId)}
      button="Send the proposed decision"
      notice="proposalSent"
    />
  )
}
