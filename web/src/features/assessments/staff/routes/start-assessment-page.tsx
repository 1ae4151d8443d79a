import { startAssessmentSchema, type Family } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Select } from '../../../../components/select.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { datePartsOf, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { birthRelativeQueries, familyName, familyQueries } from '../../../families/index.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { workerQueries } from '../api/find-workers.ts'
import { useStartAssessment } from '../api/start-assessment.ts'
import { assessmentNoticeState } from '../components/assessment-notice.tsx'
import { londonToday } from '../components/assessment-words.ts'
import { startSubjectOf, type StartSubject } from './assessment-staff-loaders.ts'

const fields = ['childIds', 'parentIds', 'reason', 'requestedOn', 'workerUserId'] as const
type Field = (typeof fields)[number]

/**
 * `/needs-assessments/new?familyId=…` (or `?birthRelativeId=…`): record that an assessment of need
 * was asked for: whose, why and when, and who carries it out (the member of staff, unless they
 * choose a colleague). It then waits to start.
 */
export function StartAssessmentPage() {
  const [searchParams] = useSearchParams()
  const subject = startSubjectOf(searchParams)
  return subject.subject === 'adoptive_family' ? (
    <FamilyAssessmentForm subject={subject} />
  ) : (
    <BirthRelativeAssessmentForm subject={subject} />
  )
}

function FamilyAssessmentForm({
  subject,
}: {
  subject: Extract<StartSubject, { subject: 'adoptive_family' }>
}) {
  const { data: family } = useSuspenseQuery(familyQueries.detail(subject.familyId))
  return (
    <StartAssessmentForm
      subject={subject}
      family={family}
      whose={`${familyName(family)}, ${family.reference}`}
    />
  )
}

function BirthRelativeAssessmentForm({
  subject,
}: {
  subject: Extract<StartSubject, { subject: 'birth_relative' }>
}) {
  const { data: relative } = useSuspenseQuery(birthRelativeQueries.detail(subject.birthRelativeId))
  return (
    <StartAssessmentForm
      subject={subject}
      whose={`${relative.fullName} (${relative.relationship}), ${relative.localAuthorityName}`}
    />
  )
}

/** The form, under whose assessment it is (`whose`); a family's also asks which of them. */
function StartAssessmentForm({
  subject,
  family,
  whose,
}: {
  subject: StartSubject
  family?: Family
  whose: string
}) {
  const { user } = useSignedInSession()
  const { data: workers } = useSuspenseQuery(workerQueries.list())
  const [childIds, setChildIds] = useState<string[]>([])
  const [parentIds, setParentIds] = useState<string[]>([])
  const [reason, setReason] = useState('')
  const [requestedOn, setRequestedOn] = useState<DateParts>(() => datePartsOf(londonToday()))
  const [workerUserId, setWorkerUserId] = useState('')
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: { requestedOn: `requestedOn-${dateErrorParts?.[0] ?? 'day'}` },
  })
  const backHref =
    subject.subject === 'adoptive_family'
      ? pathTo(paths.family, { familyId: subject.familyId })
      : paths.needsAssessments

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const date = parseDateParts(requestedOn, {
        date: 'The date it was asked for',
        year: 'The year it was asked for',
      })
      const shared = {
        reason,
        requestedOn: date.kind === 'date' ? date.value : '',
        ...(workerUserId === '' ? {} : { workerUserId }),
        ...(subject.supportRequestId === undefined
          ? {}
          : { supportRequestId: subject.supportRequestId }),
      }
      const parsed = startAssessmentSchema.safeParse(
        subject.subject === 'adoptive_family'
          ? { subject: subject.subject, familyId: subject.familyId, childIds, parentIds, ...shared }
          : { subject: subject.subject, birthRelativeId: subject.birthRelativeId, ...shared },
      )
      const errors: Partial<Record<Field, string>> = {}
      if (!parsed.success) {
        for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
          // `childIds.0` and the like say the same as `childIds`.
          const field = path.split('.')[0] as Field
          errors[field] ??= message
        }
      }
      if (date.kind === 'invalid') {
        errors.requestedOn = date.message
      }
      setDateErrorParts(date.kind === 'invalid' ? date.fields : undefined)
      if (!parsed.success || Object.keys(errors).length > 0) {
        form.showErrors(errors)
        return undefined
      }
      return parsed.data
    },
    mutation: useStartAssessment(),
    navigateTo: (assessment) => ({
      to: pathTo(paths.needsAssessment, { assessmentId: assessment.id }),
      state: assessmentNoticeState('started'),
    }),
  })
  usePageTitle('Start an assessment of need', { hasError: form.hasErrors })

  const colleagues = workers.workers.filter(
    (worker) =>
      worker.id !== user.id && (worker.role === 'support_worker' || worker.role === 'team_manager'),
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={backHref}>
          {family === undefined ? 'Back to assessments' : 'Back to the family’s record'}
        </BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{whose}</span>
        <h1 className="govuk-heading-l">Start an assessment of need</h1>
        <p className="govuk-body">
          Record that an assessment of adoption support needs was asked for. It waits to start until
          the worker starts it or saves its first section.
        </p>
        <form noValidate onSubmit={onSubmit}>
          {family !== undefined && (
            <>
              <Checkboxes
                name="childIds"
                legend="Which children are being assessed?"
                legendClassName="govuk-fieldset__legend--m"
                hint="Select all that apply."
                values={childIds}
                onChange={setChildIds}
                errorMessage={form.errorFor('childIds')}
                items={family.children.map((child) => ({
                  value: child.id,
                  label: `${child.firstName} ${child.lastName}`,
                }))}
              />
              <Checkboxes
                name="parentIds"
                legend="Which adopters are being assessed?"
                legendClassName="govuk-fieldset__legend--m"
                hint="Select all that apply."
                values={parentIds}
                onChange={setParentIds}
                errorMessage={form.errorFor('parentIds')}
                items={family.parents.map((parent) => ({
                  value: parent.id,
                  label: parent.fullName,
                }))}
              />
            </>
          )}
          <Textarea
            name="reason"
            label="Why was the assessment asked for?"
            labelClassName="govuk-label--m"
            hint="Who asked, and what is happening for the child and family."
            value={reason}
            errorMessage={form.errorFor('reason')}
            onChange={(event) => {
              setReason(event.target.value)
            }}
          />
          <DateInput
            id="requestedOn"
            namePrefix="requestedOn"
            legend="When was it asked for?"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 3 2026. The time to start it is counted from this date."
            value={requestedOn}
            errorMessage={form.errorFor('requestedOn')}
            errorFields={dateErrorParts}
            onChange={setRequestedOn}
          />
          <Select
            name="workerUserId"
            label="Who will carry out the assessment?"
            labelClassName="govuk-label--m"
            value={workerUserId}
            errorMessage={form.errorFor('workerUserId')}
            onChange={(event) => {
              setWorkerUserId(event.target.value)
            }}
            options={[
              { value: '', text: `You (${user.name})` },
              ...colleagues.map((worker) => ({ value: worker.id, text: worker.name })),
            ]}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Record the request</Button>
            <Link to={backHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
