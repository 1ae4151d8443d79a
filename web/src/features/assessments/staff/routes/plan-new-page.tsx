import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo, type BuiltPath } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { parseAssessmentId } from '../api/assessment-staff-keys.ts'
import { workerQueries } from '../api/find-workers.ts'
import { assessmentQueries } from '../api/get-assessment.ts'
import { useMakeSupportPlan } from '../api/plan-make.ts'
import { planNoticeState } from '../components/plan-notice.tsx'
import { PlanForm } from './plan-form.tsx'
import { PlanNotPossible } from './plan-not-possible.tsx'
import { workerChoices } from './plan-workers-choice.ts'
import {
  checkPlanForm,
  emptyPlanValues,
  planFieldIds,
  planFormFields,
  type DateErrorParts,
  type PlanFormValues,
} from './plan-form-values.ts'

/**
 * `/needs-assessments/:assessmentId/plan/new`: write the support plan of a decided assessment:
 * the named worker, the date of the first review and the services. It is a draft until it is
 * shared with the family.
 */
export function PlanNewPage() {
  const assessmentId = parseAssessmentId(useParams())
  const { data: assessment } = useSuspenseQuery(assessmentQueries.detail(assessmentId))
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId })

  if (assessment.planId !== null) {
    return (
      <PlanNotPossible
        caption={assessment.subjectName}
        title="Write the support plan"
        backHref={assessmentHref}
        backText="Back to the assessment"
      >
        <p className="govuk-body">This assessment already has a support plan.</p>
        <p className="govuk-body">
          <Link to={pathTo(paths.supportPlan, { planId: assessment.planId })}>
            See the support plan
          </Link>
        </p>
      </PlanNotPossible>
    )
  }
  if (!assessment.allowedActions.includes('makePlan')) {
    return (
      <PlanNotPossible
        caption={assessment.subjectName}
        title="Write the support plan"
        backHref={assessmentHref}
        backText="Back to the assessment"
      >
        <p className="govuk-body">
          You can write the support plan once the assessment has been decided.
        </p>
      </PlanNotPossible>
    )
  }
  return (
    <NewPlanForm
      assessmentId={assessmentId}
      subjectName={assessment.subjectName}
      assessmentHref={assessmentHref}
    />
  )
}

function NewPlanForm({
  assessmentId,
  subjectName,
  assessmentHref,
}: {
  assessmentId: string
  subjectName: string
  assessmentHref: BuiltPath
}) {
  const { data: caseloads } = useSuspenseQuery(workerQueries.list())
  const workers = workerChoices(caseloads)
  const { user } = useSignedInSession()
  const [values, setValues] = useState<PlanFormValues>(() =>
    emptyPlanValues(workers.some((worker) => worker.id === user.id) ? user.id : ''),
  )
  const [dateErrorParts, setDateErrorParts] = useState<DateErrorParts>({})
  const form = useFormErrors(planFormFields(values.services.length), {
    fieldIds: planFieldIds(values.services.length, dateErrorParts),
  })
  usePageTitle('Write the support plan', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const checked = checkPlanForm(values)
      setDateErrorParts(checked.dateErrorParts)
      if (checked.body === undefined) {
        form.showErrors(checked.errors, checked.problems)
        return undefined
      }
      return checked.body
    },
    mutation: useMakeSupportPlan(assessmentId),
    navigateTo: (plan) => ({
      to: pathTo(paths.supportPlan, { planId: plan.id }),
      state: planNoticeState('planMade'),
    }),
    onError: (error) => {
      setDateErrorParts({})
      form.showApiError(error)
    },
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{subjectName}</span>
        <h1 className="govuk-heading-l">Write the support plan</h1>
        <p className="govuk-body">
          The plan is a draft until you share it with the family. You can change it before and after
          you share it.
        </p>
        <PlanForm
          values={values}
          setValues={setValues}
          form={form}
          dateErrorParts={dateErrorParts}
          workers={workers}
          reviewLegend="Date of the first review"
          submitText="Save the plan"
          cancelHref={assessmentHref}
          onSubmit={onSubmit}
        />
      </div>
    </div>
  )
}
