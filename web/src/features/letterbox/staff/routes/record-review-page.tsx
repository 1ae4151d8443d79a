import { recordAgreementReviewSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { contactAgreementQueries } from '../api/get-contact-agreement.ts'
import { parseAgreementId } from '../api/letterbox-staff-keys.ts'
import { useRecordAgreementReview } from '../api/record-agreement-review.ts'
import { letterboxStaffNoticeState } from '../components/letterbox-staff-notice.tsx'

const fields = ['reviewedOn', 'notes'] as const

/**
 * `/contact-agreements/:agreementId/review`: record that the agreement was reviewed with the
 * family and birth relatives. The next review is three years on.
 */
export function RecordReviewPage() {
  const agreementId = parseAgreementId(useParams())
  const { data: agreement } = useSuspenseQuery(contactAgreementQueries.detail(agreementId))
  const queryClient = useQueryClient()
  const [reviewedOn, setReviewedOn] = useState<DateParts>(emptyDateParts)
  const [notes, setNotes] = useState('')
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: { reviewedOn: `reviewedOn-${dateErrorParts?.[0] ?? 'day'}` },
  })
  const agreementHref = pathTo(paths.contactAgreement, { agreementId })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const date = parseDateParts(reviewedOn, {
        date: 'Date of the review',
        year: 'Year of the review',
      })
      const parsed = recordAgreementReviewSchema.safeParse({
        version: agreement.version,
        reviewedOn: date.kind === 'date' ? date.value : '',
        notes: notes.trim() === '' ? undefined : notes,
      })
      const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error)
      if (date.kind === 'invalid') {
        errors.reviewedOn = date.message
      }
      setDateErrorParts(date.kind === 'invalid' ? date.fields : undefined)
      if (!parsed.success || Object.keys(errors).length > 0) {
        form.showErrors(errors)
        return undefined
      }
      return parsed.data
    },
    mutation: useRecordAgreementReview(agreementId),
    navigateTo: () => ({ to: agreementHref, state: letterboxStaffNoticeState('reviewRecorded') }),
    reloadAfterConflict: () =>
      queryClient.invalidateQueries({
        queryKey: contactAgreementQueries.detail(agreementId).queryKey,
      }),
  })
  usePageTitle('Record a review', { hasError: form.hasErrors })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={agreementHref}>Back to the contact agreement</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Contact agreement for {agreement.childName}</span>
        <h1 className="govuk-heading-l">Record a review</h1>
        <p className="govuk-body">
          {agreement.lastReviewedOn === null
            ? 'It has not been reviewed yet. '
            : `It was last reviewed on ${formatDate(agreement.lastReviewedOn)}. `}
          The next review is due on {formatDate(agreement.nextReviewOn)}. Once you record this
          review, the next is due three years after it.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <DateInput
            id="reviewedOn"
            namePrefix="reviewedOn"
            legend="Date of the review"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 3 2026"
            value={reviewedOn}
            errorMessage={form.errorFor('reviewedOn')}
            errorFields={dateErrorParts}
            onChange={setReviewedOn}
          />
          <Textarea
            name="notes"
            label="Notes (optional)"
            labelClassName="govuk-label--m"
            hint="What was agreed, and anything that changes."
            value={notes}
            errorMessage={form.errorFor('notes')}
            onChange={(event) => {
              setNotes(event.target.value)
            }}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Record review</Button>
            <Link to={agreementHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
