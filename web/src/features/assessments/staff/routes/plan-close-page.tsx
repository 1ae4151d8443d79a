import { closePlanSchema, type StaffPlan } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { BackLink } from '../../../../components/back-link.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { Link } from '../../../../components/link.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useCloseSupportPlan } from '../api/plan-close.ts'
import { supportPlanQueries } from '../api/plan-detail.ts'
import { parsePlanId } from '../api/plan-keys.ts'
import { planNoticeState } from '../components/plan-notice.tsx'
import { PlanNotPossible } from './plan-not-possible.tsx'

const fields = ['outcome'] as const

/** The most characters the outcome may have (the contract's limit). */
const outcomeMaxLength = 4000

/** `/support-plans/:planId/close`: close the plan with its outcome. */
export function PlanClosePage() {
  const planId = parsePlanId(useParams())
  const { data: plan } = useSuspenseQuery(supportPlanQueries.detail(planId))

  if (!plan.allowedActions.includes('close')) {
    return (
      <PlanNotPossible
        caption={plan.subjectName}
        title="Close the plan"
        backHref={pathTo(paths.supportPlan, { planId })}
        backText="Back to the support plan"
      >
        <p className="govuk-body">
          {plan.status === 'closed' ? 'The plan is already closed.' : 'You cannot close this plan.'}
        </p>
      </PlanNotPossible>
    )
  }
  return <CloseForm plan={plan} />
}

function CloseForm({ plan }: { plan: StaffPlan }) {
  const planId = plan.id
  const planHref = pathTo(paths.supportPlan, { planId })
  const queryClient = useQueryClient()
  const [outcome, setOutcome] = useState('')
  const form = useFormErrors(fields)
  usePageTitle('Close the plan', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    schema: closePlanSchema,
    values: () => ({ version: plan.version, outcome }),
    mutation: useCloseSupportPlan(planId),
    navigateTo: () => ({ to: planHref, state: planNoticeState('planClosed') }),
    reloadAfterConflict: () =>
      queryClient.invalidateQueries({ queryKey: supportPlanQueries.detail(planId).queryKey }),
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={planHref}>Back to the support plan</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{plan.subjectName}</span>
        <h1 className="govuk-heading-l">Close the plan</h1>
        <form noValidate onSubmit={onSubmit}>
          <CharacterCount
            name="outcome"
            label="What was the outcome?"
            labelClassName="govuk-label--m"
            hint="What the support achieved, and why the plan is ending."
            maxLength={outcomeMaxLength}
            value={outcome}
            errorMessage={form.errorFor('outcome')}
            onChange={(event) => {
              setOutcome(event.target.value)
            }}
          />
          <WarningText>Once the plan is closed it cannot be changed or reviewed again.</WarningText>
          <div className="govuk-button-group">
            <Button preventDoubleClick variant="warning">
              Close the plan
            </Button>
            <Link to={planHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
