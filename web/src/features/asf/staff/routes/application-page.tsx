import {
  asfApplicationStatusNames,
  asfEligibilityNames,
  asfOutcomeToolNames,
  asfTherapyTypeNames,
  type AsfApplication,
} from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors, type FormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import {
  asfQueries,
  asfSummaryHref,
  parseApplicationId,
  useMoveAsfApplication,
} from '../../api/asf-queries.ts'
import { AsfNoticeBanner } from '../../components/asf-notice.tsx'
import {
  AsfStatusTag,
  deadlineWords,
  financialYearName,
  renewalFinancialYear,
} from '../../components/asf-words.tsx'
import { londonToday } from './asf-loaders.ts'
import { stepPages, type StepPage } from './step-fields.ts'

/** The steps the page takes at once, with nothing to ask: a button each. */
const buttonSteps = {
  submit_for_approval: 'Send for manager approval',
  approve: 'Approve for submission',
} as const
type ButtonStep = keyof typeof buttonSteps

/**
 * `/fund-applications/:applicationId`: an application as staff keep it: where it is and by when,
 * the money (asked, approved, invoiced and left), its therapies, why, its history and invoices,
 * and the steps the reader may take now (the BFF's `allowedActions`).
 */
export function ApplicationPage() {
  const applicationId = parseApplicationId(useParams())
  const { data: application } = useSuspenseQuery(asfQueries.detail(applicationId))
  const form = useFormErrors([] as const)
  usePageTitle('Adoption Support Fund application', { hasError: form.hasErrors })

  const buttons = (Object.keys(buttonSteps) as ButtonStep[]).filter((step) =>
    application.allowedActions.includes(step),
  )
  const links = (Object.keys(stepPages) as StepPage[]).filter((step) =>
    application.allowedActions.includes(step),
  )
  const mayChange = application.allowedActions.includes('change')
  const mayRenew = application.allowedActions.includes('renew')
  const mayRecordInvoice = application.allowedActions.includes('record_invoice')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.fundApplications}>Back to fund applications</BackLink>
        <AsfNoticeBanner />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">
          {application.childName} ({application.familyReference})
        </span>
        <h1 className="govuk-heading-l">Adoption Support Fund application</h1>
        <p className="govuk-body">
          <AsfStatusTag status={application.status} approvedInPart={application.approvedInPart} />
        </p>
        {application.warnings.map((warning) => (
          <WarningText key={warning}>{warning}</WarningText>
        ))}

        {(buttons.length > 0 || links.length > 0 || mayChange || mayRenew || mayRecordInvoice) && (
          <div className="govuk-button-group">
            {buttons.map((step) => (
              <StepButton key={step} application={application} step={step} form={form} />
            ))}
            {mayRecordInvoice && (
              <Button variant="secondary" href={pathTo(paths.recordFundInvoice, { applicationId })}>
                Record an invoice
              </Button>
            )}
            {mayRenew && (
              <Button
                variant="secondary"
                href={pathTo(paths.renewFundApplication, { applicationId })}
              >
                Renew for{' '}
                {financialYearName(renewalFinancialYear(application.financialYear, londonToday()))}
              </Button>
            )}
            {mayChange && (
              <Link to={pathTo(paths.changeFundApplication, { applicationId })}>
                Change the application
              </Link>
            )}
            {links.map((step) => (
              <Link key={step} to={pathTo(paths.fundApplicationStep, { applicationId, step })}>
                {stepPages[step].link}
              </Link>
            ))}
          </div>
        )}

        <h2 className="govuk-heading-m">The application</h2>
        <SummaryList rows={detailRows(application)} />

        <h2 className="govuk-heading-m">Money</h2>
        <SummaryList rows={moneyRows(application)} />

        <Table
          caption="Therapies"
          captionClassName="govuk-table__caption--m"
          head={[
            { text: 'Therapy' },
            { text: 'Provider' },
            { text: 'Sessions', format: 'numeric' },
            { text: 'Cost', format: 'numeric' },
            { text: 'Outcome measure' },
            { text: 'Ends by' },
            { text: 'Invoiced', format: 'numeric' },
          ]}
          rows={application.lines.map((line) => [
            { text: asfTherapyTypeNames[line.therapyType] },
            { text: line.providerName },
            { text: String(line.sessions), format: 'numeric' },
            { text: formatPence(line.costPence), format: 'numeric' },
            {
              text: `${asfOutcomeToolNames[line.outcomeTool]}${scores(line.baselineScore, line.endScore)}`,
            },
            { text: formatDate(line.endsOn) },
            { text: formatPence(line.invoicedPence), format: 'numeric' },
          ])}
        />

        <h2 className="govuk-heading-m">Why the therapy is needed</h2>
        <MultilineText text={application.justification} />
        <p className="govuk-body">
          <a className="govuk-link" href={asfSummaryHref(applicationId)}>
            Download the summary for the fund’s portal
          </a>{' '}
          (no names or addresses of the family)
        </p>

        <Table
          caption="History"
          captionClassName="govuk-table__caption--m"
          head={[{ text: 'Date' }, { text: 'Step' }, { text: 'By' }, { text: 'Note' }]}
          rows={application.events.map((event) => [
            { text: formatDate(event.happenedOn) },
            { text: asfApplicationStatusNames[event.status] },
            { text: event.byName ?? '' },
            { text: event.note ?? '' },
          ])}
        />

        {application.invoices.length > 0 && (
          <Table
            caption="Invoices"
            captionClassName="govuk-table__caption--m"
            head={[
              { text: 'Invoice' },
              { text: 'Date' },
              { text: 'Therapy' },
              { text: 'Amount', format: 'numeric' },
              { text: 'Recorded by' },
            ]}
            rows={application.invoices.map((invoice) => {
              const line = application.lines.find((candidate) => candidate.id === invoice.lineId)
              return [
                { text: invoice.invoiceNumber },
                { text: formatDate(invoice.invoicedOn) },
                { text: line ? asfTherapyTypeNames[line.therapyType] : '' },
                { text: formatPence(invoice.amountPence), format: 'numeric' },
                { text: invoice.recordedByName ?? '' },
              ]
            })}
          />
        )}
      </div>
    </div>
  )
}

/** A step with nothing to ask, as a button; what the API refuses shows in the page's summary. */
function StepButton({
  application,
  step,
  form,
}: {
  application: AsfApplication
  step: ButtonStep
  form: FormErrors<never>
}) {
  const queryClient = useQueryClient()
  const { onSubmit } = useFormSubmit(form, {
    validate: () => ({ action: step, version: application.version }),
    mutation: useMoveAsfApplication(application.id),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({
          queryKey: asfQueries.detail(application.id).queryKey,
        })
      }
      form.showApiError(error)
    },
  })
  return (
    <form noValidate onSubmit={onSubmit}>
      <Button preventDoubleClick>{buttonSteps[step]}</Button>
    </form>
  )
}

function scores(baseline: number | null, end: number | null) {
  if (baseline === null) return ''
  return end === null
    ? `: ${String(baseline)} at the start`
    : `: ${String(baseline)} to ${String(end)}`
}

function detailRows(application: AsfApplication): SummaryListRow[] {
  const deadline = deadlineWords[application.deadline]
  return [
    { key: 'Child', value: application.childName },
    { key: 'Financial year', value: financialYearName(application.financialYear) },
    { key: 'Eligibility', value: asfEligibilityNames[application.eligibility] },
    { key: 'The fund’s rules', value: application.rules.name },
    { key: 'Needs assessment finished', value: formatDate(application.assessedOn) },
    {
      key: 'Due by',
      value: (
        <>
          {formatDate(application.dueOn)}{' '}
          {deadline && (
            <Tag colour={application.deadline === 'late' ? 'red' : 'orange'}>{deadline}</Tag>
          )}
        </>
      ),
    },
    { key: 'Fund’s reference', value: application.fundReference ?? 'Not submitted yet' },
    {
      key: 'Submitted',
      value: application.submittedOn ? formatDate(application.submittedOn) : 'Not yet',
    },
    {
      key: 'Decided',
      value: application.decidedOn ? formatDate(application.decidedOn) : 'Not yet',
    },
    { key: 'Worker', value: application.workerName ?? '' },
  ]
}

function moneyRows(application: AsfApplication): SummaryListRow[] {
  const rows: SummaryListRow[] = [{ key: 'Total', value: formatPence(application.totalPence) }]
  if (application.matchFundingPence > 0 || application.rules.matchFundingAllowed) {
    rows.push({
      key: 'Match funding from the council',
      value: formatPence(application.matchFundingPence),
    })
  }
  rows.push({ key: 'Asked of the fund', value: formatPence(application.requestedPence) })
  if (application.approvedPence !== null) {
    rows.push(
      {
        key: 'Approved',
        value: `${formatPence(application.approvedPence)}${application.approvedInPart ? ' (in part)' : ''}`,
      },
      { key: 'Invoiced', value: formatPence(application.invoicedPence) },
      { key: 'Left to invoice', value: formatPence(application.remainingPence ?? 0) },
    )
  }
  return rows
}
