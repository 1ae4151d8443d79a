import { assessmentVersionSchema, type StaffAssessment } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery, type UseMutationResult } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { assessmentPdfHref, decisionNoticeHref } from '../api/download-pdfs.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { useSignOffAssessment } from '../api/sign-off-assessment.ts'
import { useStartAssessmentWork } from '../api/start-assessment-work.ts'
import { useSubmitAssessment } from '../api/submit-assessment.ts'
import {
  AssessmentNoticeBanner,
  assessmentNoticeState,
  type AssessmentNoticeName,
} from '../components/assessment-notice.tsx'
import {
  AssessmentOutcome,
  AssessmentSummaryList,
  ManagerComments,
} from '../components/assessment-details.tsx'
import type { AssessmentAction } from '../components/assessment-words.ts'
import { SectionTaskList } from '../components/section-task-list.tsx'

type VersionMutation = UseMutationResult<StaffAssessment, Error, { version: number }>

type ActionPath =
  | typeof paths.returnAssessment
  | typeof paths.sendProposal
  | typeof paths.recordProposalResponse
  | typeof paths.decideAssessment
  | typeof paths.newSupportPlan
  | typeof paths.withdrawAssessment

/** The actions that are a page of their own: a link to it, in the order they come. */
const formActions: { action: AssessmentAction; text: string; path: ActionPath }[] = [
  { action: 'return', text: 'Return with comments', path: paths.returnAssessment },
  { action: 'sendProposal', text: 'Send the proposed decision', path: paths.sendProposal },
  {
    action: 'recordResponse',
    text: 'Record the family’s response',
    path: paths.recordProposalResponse,
  },
  { action: 'decide', text: 'Record the decision', path: paths.decideAssessment },
  { action: 'makePlan', text: 'Write the support plan', path: paths.newSupportPlan },
  { action: 'withdraw', text: 'Withdraw the assessment', path: paths.withdrawAssessment },
]

/**
 * A button that posts the assessment's version (start, send for sign-off, sign off). A 409 is shown
 * in the API's words, and the assessment is asked for again so the page shows what may be done now.
 */
function useVersionAction(
  form: FormErrors<never>,
  assessment: StaffAssessment,
  mutation: VersionMutation,
  notice: AssessmentNoticeName,
) {
  const queryClient = useQueryClient()
  return useFormSubmit(form, {
    schema: assessmentVersionSchema,
    values: () => ({ version: assessment.version }),
    mutation,
    navigateTo: () => ({
      to: pathTo(paths.needsAssessment, { assessmentId: assessment.id }),
      replace: true,
      state: assessmentNoticeState(notice),
    }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({
          queryKey: assessmentQueries.detail(assessment.id).queryKey,
        })
      }
      form.showApiError(error)
    },
  })
}

/**
 * `/needs-assessments/:assessmentId`: an assessment of need: whose, its dates, its twelve sections
 * as a task list, the proposal, response and decision, and the buttons for what the member of
 * staff may do next (the BFF's `allowedActions`).
 */
export function AssessmentPage() {
  const assessmentId = parseAssessmentId(useParams())
  const { data: assessment } = useSuspenseQuery(assessmentQueries.detail(assessmentId))
  const form = useFormErrors<never>([])
  usePageTitle(`Assessment of need: ${assessment.subjectName}`, { hasError: form.hasErrors })
  const allowed = new Set(assessment.allowedActions)

  const start = useVersionAction(
    form,
    assessment,
    useStartAssessmentWork(assessmentId),
    'workStarted',
  )
  const submit = useVersionAction(form, assessment, useSubmitAssessment(assessmentId), 'submitted')
  const signOff = useVersionAction(
    form,
    assessment,
    useSignOffAssessment(assessmentId),
    'signedOff',
  )

  const buttons = [
    allowed.has('start') && { key: 'start', text: 'Start the assessment', action: start },
    allowed.has('submit') && { key: 'submit', text: 'Send for sign-off', action: submit },
    allowed.has('signOff') && { key: 'signOff', text: 'Sign off', action: signOff },
  ].filter((button) => button !== false)
  const links = formActions.filter((link) => allowed.has(link.action))

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.needsAssessments}>Back to assessments</BackLink>
        <FormErrorSummary form={form} />
        <AssessmentNoticeBanner />
        <span className="govuk-caption-l">{assessment.subjectName}</span>
        <h1 className="govuk-heading-l">Assessment of need</h1>

        {assessment.status === 'returned' && assessment.managerComments !== null && (
          <ManagerComments comments={assessment.managerComments} />
        )}
        <AssessmentSummaryList assessment={assessment} />
        <AssessmentOutcome assessment={assessment} />
        {assessment.planId !== null && (
          <p className="govuk-body">
            <Link to={pathTo(paths.supportPlan, { planId: assessment.planId })}>
              See the support plan
            </Link>
          </p>
        )}

        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href={assessmentPdfHref(assessmentId)}>
              Download the assessment (PDF)
            </a>
          </li>
          {assessment.status === 'decided' && (
            <li>
              <a className="govuk-link" href={decisionNoticeHref(assessmentId)}>
                Download the decision notice (PDF)
              </a>
            </li>
          )}
        </ul>

        <h2 className="govuk-heading-m">Sections</h2>
        <SectionTaskList assessment={assessment} />

        {(buttons.length > 0 || links.length > 0) && (
          <>
            <h2 className="govuk-heading-m">What you can do next</h2>
            <div className="govuk-button-group">
              {buttons.map((button, index) => (
                <form key={button.key} noValidate onSubmit={button.action.onSubmit}>
                  <Button preventDoubleClick variant={index === 0 ? 'primary' : 'secondary'}>
                    {button.text}
                  </Button>
                </form>
              ))}
              {links.map((link, index) => (
                <Button
                  key={link.action}
                  href={pathTo(link.path, { assessmentId })}
                  variant={buttons.length === 0 && index === 0 ? 'primary' : 'secondary'}
                >
                  {link.text}
                </Button>
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  )
}
