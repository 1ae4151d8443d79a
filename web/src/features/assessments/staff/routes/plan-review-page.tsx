import { recordPlanReviewSchema, type StaffPlan } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { supportPlanQueries } from '../api/plan-detail.ts'
import { parsePlanId } from '../api/plan-keys.ts'
import { useRecordPlanReview } from '../api/plan-review.ts'
import { planNoticeState } from '../components/plan-notice.tsx'
import { PlanNotPossible } from './plan-not-possible.tsx'

const fields = ['reviewedOn', 'whatChanged', 'nextReviewOn'] as const
type DateField = 'reviewedOn' | 'nextReviewOn'

/** The most characters "What changed?" may have (the contract's limit). */
const whatChangedMaxLength = 4000

/**
 * `/support-plans/:planId/review`: record a review of an active plan: when it was, what changed,
 * and when the next one is.
 */
export function PlanReviewPage() {
  const planId = parsePlanId(useParams())
  const { data: plan } = useSuspenseQuery(supportPlanQueries.detail(planId))

  if (!plan.allowedActions.includes('review')) {
    return (
      <PlanNotPossible
        caption={plan.subjectName}
        title="Record a review"
        backHref={pathTo(paths.supportPlan, { planId })}
        backText="Back to the support plan"
      >
        <p className="govuk-body">
          {plan.status === 'draft'
            ? 'You can record a review once the plan is shared with the family.'
            : plan.status === 'closed'
              ? 'The plan is closed, so it cannot be reviewed.'
              : 'You cannot record a review of this plan.'}
        </p>
      </PlanNotPossible>
    )
  }
  return <ReviewForm plan={plan} />
}

function ReviewForm({ plan }: { plan: StaffPlan }) {
  const planId = plan.id
  const planHref = pathTo(paths.supportPlan, { planId })
  const queryClient = useQueryClient()
  const [reviewedOn, setReviewedOn] = useState<DateParts>(emptyDateParts)
  const [whatChanged, setWhatChanged] = useState('')
  const [nextReviewOn, setNextReviewOn] = useState<DateParts>(emptyDateParts)
  const [dateErrorParts, setDateErrorParts] = useState<Partial<Record<DateField, DatePart[]>>>({})
  const form = useFormErrors(fields, {
    fieldIds: {
      reviewedOn: `reviewedOn-${dateErrorParts.reviewedOn?.[0] ?? 'day'}`,
      nextReviewOn: `nextReviewOn-${dateErrorParts.nextReviewOn?.[0] ?? 'day'}`,
    },
  })
  usePageTitle('Record a review', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const reviewed = parseDateParts(reviewedOn, {
        date: 'The date of the review',
        year: 'The year of the review',
      })
      const next = parseDateParts(nextReviewOn, {
        date: 'The date of the next review',
        year: 'The year of the next review',
      })
      const parsed = recordPlanReviewSchema.safeParse({
        version: plan.version,
        reviewedOn: reviewed.kind === 'date' ? reviewed.value : '',
        whatChanged,
        nextReviewOn: next.kind === 'date' ? next.value : '',
      })
      const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error)
      const parts: Partial<Record<DateField, DatePart[]>> = {}
      if (reviewed.kind === 'invalid') {
        errors.reviewedOn = reviewed.message
        parts.reviewedOn = reviewed.fields
      }
      if (next.kind === 'invalid') {
        errors.nextReviewOn = next.message
        parts.nextReviewOn = next.fields
      }
      setDateErrorParts(parts)
      if (!parsed.success || Object.keys(errors).length > 0) {
        form.showErrors(errors)
        return undefined
      }
      return parsed.data
    },
    mutation: useRecordPlanReview(planId),
    navigateTo: () => ({ to: planHref, state: planNoticeState('reviewRecorded') }),
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
        <h1 className="govuk-heading-l">Record a review</h1>
        <p className="govuk-body">
          The review is due on {formatDate(plan.nextReviewOn)}. The family will see what changed.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <DateInput
            id="reviewedOn"
            namePrefix="reviewedOn"
            legend="Date of the review"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 3 2027"
            value={reviewedOn}
            errorMessage={form.errorFor('reviewedOn')}
            errorFields={dateErrorParts.reviewedOn}
            onChange={setReviewedOn}
          />
          <CharacterCount
            name="whatChanged"
            label="What changed?"
            labelClassName="govuk-label--m"
            hint="How the services went, and anything added, changed or stopped."
            maxLength={whatChangedMaxLength}
            value={whatChanged}
            errorMessage={form.errorFor('whatChanged')}
            onChange={(event) => {
              setWhatChanged(event.target.value)
            }}
          />
          <DateInput
            id="nextReviewOn"
            namePrefix="nextReviewOn"
            legend="Date of the next review"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 9 2027"
            value={nextReviewOn}
            errorMessage={form.errorFor('nextReviewOn')}
            errorFields={dateErrorParts.nextReviewOn}
            onChange={setNextReviewOn}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Record the review</Button>
            <Link to={planHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
