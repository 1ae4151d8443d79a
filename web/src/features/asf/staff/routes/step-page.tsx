import { moveAsfApplicationSchema, type AsfApplication } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { data, useParams } from 'react-router'
import { pathTo, paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence, parsePounds } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, parseApplicationId, useMoveAsfApplication } from '../../api/asf-queries.ts'
import { NotPossible } from './not-possible.tsx'
import { isStepPage, noteLabels, stepAsks, stepPages, type StepPage } from './step-fields.ts'

const fields = [
  'fundReference',
  'outcome',
  'approvedPence',
  'happenedOn',
  'endScores',
  'note',
] as const

/**
 * `/fund-applications/:applicationId/steps/:step`: a step that asks for something: the fund's
 * reference and date, its decision and the amount approved, a date, or a note. Only a step the
 * reader may take now is offered; any other says so.
 */
export function StepPageRoute() {
  const params = useParams()
  const applicationId = parseApplicationId(params)
  if (!isStepPage(params.step)) throw data(null, { status: 404 })
  const step = params.step
  const { data: application } = useSuspenseQuery(asfQueries.detail(applicationId))
  const applicationHref = pathTo(paths.fundApplication, { applicationId })

  if (!application.allowedActions.includes(step)) {
    return (
      <NotPossible
        caption={application.childName}
        title={stepPages[step].title}
        applicationHref={applicationHref}
      />
    )
  }
  return <StepForm application={application} step={step} />
}

function StepForm({ application, step }: { application: AsfApplication; step: StepPage }) {
  const applicationId = application.id
  const applicationHref = pathTo(paths.fundApplication, { applicationId })
  const asks = stepAsks[step]
  const queryClient = useQueryClient()
  const [happenedOn, setHappenedOn] = useState<DateParts>(emptyDateParts)
  const [note, setNote] = useState('')
  const [fundReference, setFundReference] = useState(application.fundReference ?? '')
  const [outcome, setOutcome] = useState('')
  const [approved, setApproved] = useState('')
  const [endScores, setEndScores] = useState<Record<string, string>>({})
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: {
      happenedOn: `happenedOn-${dateErrorParts?.[0] ?? 'day'}`,
      outcome: 'outcome',
      endScores: `endScores-${application.lines[0]?.id ?? ''}`,
    },
  })
  const title = stepPages[step].title
  usePageTitle(title, { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const errors: Record<string, string> = {}
      const date = parseDateParts(happenedOn, { date: 'The date', year: 'The year' })
      if (date.kind === 'invalid') {
        errors.happenedOn = date.message
        setDateErrorParts(date.fields)
      } else {
        setDateErrorParts(undefined)
      }
      const approvedPence = parsePounds(approved)
      if (approvedPence !== undefined && Number.isNaN(approvedPence)) {
        errors.approvedPence = 'Enter the amount approved in pounds and pence, like 1500.00'
      }
      const scores = application.lines.flatMap((line) => {
        const text = endScores[line.id]?.trim() ?? ''
        if (text === '') return []
        const score = Number(text)
        if (!Number.isInteger(score)) {
          errors.endScores = 'Enter each end score as a whole number'
          return []
        }
        return [{ lineId: line.id, endScore: score }]
      })
      const body = {
        action: step,
        version: application.version,
        ...(asks.note
          ? { note: note.trim() === '' && asks.note === 'optional' ? undefined : note }
          : {}),
        ...(asks.date ? { happenedOn: date.kind === 'date' ? date.value : '' } : {}),
        ...(step === 'submit_to_fund' ? { fundReference } : {}),
        ...(step === 'record_decision'
          ? {
              outcome: outcome || undefined,
              approvedPence:
                outcome === 'approved' &&
                approvedPence !== undefined &&
                !Number.isNaN(approvedPence)
                  ? approvedPence
                  : undefined,
            }
          : {}),
        ...(step === 'complete' ? { endScores: scores } : {}),
      }
      if (step === 'record_decision' && outcome === 'approved' && approvedPence === undefined) {
        errors.approvedPence = 'Enter the amount approved'
      }
      const parsed = moveAsfApplicationSchema.safeParse(body)
      const all = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...errors }
      if (!parsed.success || Object.keys(errors).length > 0) {
        form.showErrors(all)
        return undefined
      }
      return parsed.data
    },
    mutation: useMoveAsfApplication(applicationId),
    navigateTo: () => applicationHref,
    reloadAfterConflict: () =>
      queryClient.invalidateQueries({ queryKey: asfQueries.detail(applicationId).queryKey }),
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={applicationHref}>Back to the application</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{application.childName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          {step === 'submit_to_fund' && (
            <TextInput
              name="fundReference"
              label="The fund’s reference"
              labelClassName="govuk-label--m"
              hint="From the fund’s portal once the application is sent"
              className="govuk-input--width-20"
              value={fundReference}
              errorMessage={form.errorFor('fundReference')}
              onChange={(event) => {
                setFundReference(event.target.value)
              }}
            />
          )}
          {step === 'record_decision' && (
            <Radios
              name="outcome"
              legend="What did the fund decide?"
              legendClassName="govuk-fieldset__legend--m"
              value={outcome}
              onChange={setOutcome}
              errorMessage={form.errorFor('outcome')}
              items={[
                {
                  value: 'approved',
                  label: 'Approved, in full or in part',
                  conditional: (
                    <TextInput
                      name="approvedPence"
                      label="Amount approved"
                      hint={`Asked of the fund: ${formatPence(application.requestedPence)}`}
                      prefix="£"
                      className="govuk-input--width-10"
                      inputMode="decimal"
                      value={approved}
                      errorMessage={form.errorFor('approvedPence')}
                      onChange={(event) => {
                        setApproved(event.target.value)
                      }}
                    />
                  ),
                },
                { value: 'declined', label: 'Declined' },
              ]}
            />
          )}
          {asks.date && (
            <DateInput
              id="happenedOn"
              namePrefix="happenedOn"
              legend={asks.date}
              legendClassName="govuk-fieldset__legend--m"
              hint="For example, 27 3 2027"
              value={happenedOn}
              errorMessage={form.errorFor('happenedOn')}
              errorFields={dateErrorParts}
              onChange={setHappenedOn}
            />
          )}
          {step === 'complete' && (
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                End scores
              </legend>
              {application.lines.map((line) => (
                <TextInput
                  key={line.id}
                  name={`endScores-${line.id}`}
                  label={`${line.providerName}: end score`}
                  hint={
                    line.baselineScore === null
                      ? undefined
                      : `Baseline score ${String(line.baselineScore)}`
                  }
                  className="govuk-input--width-4"
                  inputMode="numeric"
                  value={endScores[line.id] ?? ''}
                  errorMessage={
                    line.id === application.lines[0]?.id ? form.errorFor('endScores') : undefined
                  }
                  onChange={(event) => {
                    setEndScores({ ...endScores, [line.id]: event.target.value })
                  }}
                />
              ))}
            </fieldset>
          )}
          {asks.note && (
            <Textarea
              name="note"
              label={noteLabels[step] ?? 'Note'}
              labelClassName="govuk-label--m"
              value={note}
              errorMessage={form.errorFor('note')}
              onChange={(event) => {
                setNote(event.target.value)
              }}
            />
          )}
          <div className="govuk-button-group">
            <Button preventDoubleClick variant={step === 'withdraw' ? 'warning' : 'primary'}>
              {stepPages[step].button}
            </Button>
            <Link to={applicationHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
