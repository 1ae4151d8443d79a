import type { StaffPlan } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { workerQueries } from '../api/find-workers.ts'
import { useChangeSupportPlan } from '../api/plan-change.ts'
import { supportPlanQueries } from '../api/plan-detail.ts'
import { parsePlanId } from '../api/plan-keys.ts'
import { planNoticeState } from '../components/plan-notice.tsx'
import { PlanForm } from './plan-form.tsx'
import {
  checkPlanForm,
  planFieldIds,
  planFormFields,
  planValuesOf,
  type DateErrorParts,
  type PlanFormValues,
} from './plan-form-values.ts'
import { PlanNotPossible } from './plan-not-possible.tsx'
import { workerChoices } from './plan-workers-choice.ts'

/**
 * `/support-plans/:planId/change`: the plan's form filled in as the plan is, sent with the version
 * it was read at. If someone changed the plan first (409), the page says so in the API's words,
 * loads their version, and keeps everything typed.
 */
export function PlanChangePage() {
  const planId = parsePlanId(useParams())
  const { data: plan } = useSuspenseQuery(supportPlanQueries.detail(planId))
  const planHref = pathTo(paths.supportPlan, { planId })

  if (!plan.allowedActions.includes('change')) {
    return (
      <PlanNotPossible
        caption={plan.subjectName}
        title="Change the plan"
        backHref={planHref}
        backText="Back to the support plan"
      >
        <p className="govuk-body">
          {plan.status === 'closed'
            ? 'The plan is closed, so it cannot be changed.'
            : 'You cannot change this plan.'}
        </p>
      </PlanNotPossible>
    )
  }
  return <ChangePlanForm plan={plan} />
}

function ChangePlanForm({ plan }: { plan: StaffPlan }) {
  const planId = plan.id
  const planHref = pathTo(paths.supportPlan, { planId })
  const { data: caseloads } = useSuspenseQuery(workerQueries.list())
  const queryClient = useQueryClient()
  // Filled in once, from the plan as it was read: a reload after a conflict keeps what was typed.
  const [values, setValues] = useState<PlanFormValues>(() => planValuesOf(plan))
  const [dateErrorParts, setDateErrorParts] = useState<DateErrorParts>({})
  const form = useFormErrors(planFormFields(values.services.length), {
    fieldIds: planFieldIds(values.services.length, dateErrorParts),
  })
  usePageTitle('Change the plan', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const checked = checkPlanForm(values, plan.version)
      setDateErrorParts(checked.dateErrorParts)
      if (checked.body === undefined) {
        form.showErrors(checked.errors, checked.problems)
        return undefined
      }
      return checked.body
    },
    mutation: useChangeSupportPlan(planId),
    navigateTo: () => ({ to: planHref, state: planNoticeState('planChanged') }),
    reloadAfterConflict: () =>
      queryClient.invalidateQueries({ queryKey: supportPlanQueries.detail(planId).queryKey }),
    onError: (error) => {
      setDateErrorParts({})
      form.showApiError(error)
    },
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={planHref}>Back to the support plan</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{plan.subjectName}</span>
        <h1 className="govuk-heading-l">Change the plan</h1>
        {plan.status === 'active' && (
          <p className="govuk-body">
            The plan is shared with the family: they will see your changes the next time they look
            at it.
          </p>
        )}
        <PlanForm
          values={values}
          setValues={setValues}
          form={form}
          dateErrorParts={dateErrorParts}
          workers={workerChoices(caseloads, {
            id: plan.namedWorkerUserId,
            name: plan.namedWorkerName,
          })}
          reviewLegend="Date of the next review"
          submitText="Save changes"
          cancelHref={planHref}
          onSubmit={onSubmit}
        />
      </div>
    </div>
  )
}
