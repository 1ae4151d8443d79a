import { asfTherapyTypeNames, recordAsfInvoiceSchema, type AsfApplication } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { pathTo, paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { formatPence, parsePounds } from '../../../../lib/money.ts'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { asfQueries, parseApplicationId, useRecordAsfInvoice } from '../../api/asf-queries.ts'

const fields = ['lineId', 'invoiceNumber', 'invoicedOn', 'amountPence'] as const

/**
 * `/fund-applications/:applicationId/invoices/new`: the finance officer records a provider's
 * invoice against one approved therapy. What is left of the approved amount is shown; the BFF
 * refuses anything over it, even two invoices sent at once.
 */
export function InvoicePage() {
  const applicationId = parseApplicationId(useParams())
  const { data: application } = useSuspenseQuery(asfQueries.detail(applicationId))
  const applicationHref = pathTo(paths.fundApplication, { applicationId })
  if (!application.allowedActions.includes('record_invoice')) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={applicationHref}>Back to the application</BackLink>
          <h1 className="govuk-heading-l">Record an invoice</h1>
          <p className="govuk-body">
            Invoices are recorded by the finance officer, once the fund has approved the
            application.
          </p>
        </div>
      </div>
    )
  }
  return <InvoiceForm application={application} />
}

function InvoiceForm({ application }: { application: AsfApplication }) {
  const applicationId = application.id
  const applicationHref = pathTo(paths.fundApplication, { applicationId })
  const [lineId, setLineId] = useState(
    application.lines.length === 1 ? (application.lines[0]?.id ?? '') : '',
  )
  const [invoiceNumber, setInvoiceNumber] = useState('')
  const [invoicedOn, setInvoicedOn] = useState<DateParts>(emptyDateParts)
  const [amount, setAmount] = useState('')
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: {
      lineId: `lineId-${application.lines[0]?.id ?? ''}`,
      invoicedOn: `invoicedOn-${dateErrorParts?.[0] ?? 'day'}`,
    },
  })
  usePageTitle('Record an invoice', { hasError: form.hasErrors })

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const errors: Record<string, string> = {}
      const date = parseDateParts(invoicedOn, {
        date: 'The date of the invoice',
        year: 'The year of the invoice',
      })
      if (date.kind === 'invalid') {
        errors.invoicedOn = date.message
        setDateErrorParts(date.fields)
      } else {
        setDateErrorParts(undefined)
      }
      const amountPence = parsePounds(amount)
      if (amountPence !== undefined && Number.isNaN(amountPence)) {
        errors.amountPence = 'Enter the amount in pounds and pence, like 450.00'
      }
      const parsed = recordAsfInvoiceSchema.safeParse({
        lineId: lineId || undefined,
        invoiceNumber,
        invoicedOn: date.kind === 'date' ? date.value : '',
        amountPence:
          amountPence === undefined || Number.isNaN(amountPence) ? undefined : amountPence,
      })
      if (!parsed.success || Object.keys(errors).length > 0) {
        form.showErrors({ ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...errors })
        return undefined
      }
      return parsed.data
    },
    mutation: useRecordAsfInvoice(applicationId),
    navigateTo: () => applicationHref,
  })

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={applicationHref}>Back to the application</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{application.childName}</span>
        <h1 className="govuk-heading-l">Record an invoice</h1>
        <p className="govuk-body">
          Left to invoice: {formatPence(application.remainingPence ?? 0)} of{' '}
          {formatPence(application.approvedPence ?? 0)} approved.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            name="lineId"
            idPrefix="lineId"
            legend="Which therapy is the invoice for?"
            legendClassName="govuk-fieldset__legend--m"
            value={lineId}
            onChange={setLineId}
            errorMessage={form.errorFor('lineId')}
            items={application.lines.map((line) => ({
              value: line.id,
              id: `lineId-${line.id}`,
              label: `${asfTherapyTypeNames[line.therapyType]}: ${line.providerName}`,
              hint: `${formatPence(line.invoicedPence)} invoiced so far`,
            }))}
          />
          <TextInput
            name="invoiceNumber"
            label="Invoice number"
            labelClassName="govuk-label--m"
            className="govuk-input--width-20"
            value={invoiceNumber}
            errorMessage={form.errorFor('invoiceNumber')}
            onChange={(event) => {
              setInvoiceNumber(event.target.value)
            }}
          />
          <DateInput
            id="invoicedOn"
            namePrefix="invoicedOn"
            legend="Date of the invoice"
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 27 3 2027"
            value={invoicedOn}
            errorMessage={form.errorFor('invoicedOn')}
            errorFields={dateErrorParts}
            onChange={setInvoicedOn}
          />
          <TextInput
            name="amountPence"
            label="Amount"
            labelClassName="govuk-label--m"
            prefix="£"
            className="govuk-input--width-10"
            inputMode="decimal"
            value={amount}
            errorMessage={form.errorFor('amountPence')}
            onChange={(event) => {
              setAmount(event.target.value)
            }}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Record the invoice</Button>
            <Link to={applicationHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
