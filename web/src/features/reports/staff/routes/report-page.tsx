import { reportTitles, type Report, type ReportName, type ReportOptions } from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import type { DatePart } from '../../../../components/date-input.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { ReportTableSection } from '../../components/report-table.tsx'
import { reportSlug } from '../../components/report-words.ts'
import { reportCsvHref, reportQueries } from '../api/report-queries.ts'
import { ReportForm } from './report-form.tsx'
import { reportNameOf } from './report-loaders.ts'
import {
  readReportForm,
  reportFields,
  reportFormValuesOf,
  reportQueryOf,
  searchOf,
  type ReportField,
  type ReportFormValues,
} from './report-query.ts'
import '../../components/reports.css'

/**
 * `/reports/:report?period=…`: one report for a period and one or all local authorities. The
 * choices are a GET form in the address, so a report can be bookmarked and the back button goes to
 * the one before; before any is chosen, the current financial year. Each table comes with its total
 * row and, for a quarter, the rolling 12 months; then the CSV downloads and a printable layout.
 */
export function ReportPage() {
  const report = reportNameOf(useParams())
  const [searchParams] = useSearchParams()
  const { data: options } = useSuspenseQuery(reportQueries.options())
  // A new address is a new report: the form starts again from its choices.
  return (
    <ReportWithChoices
      key={`${report}?${searchParams.toString()}`}
      report={report}
      options={options}
      searchParams={searchParams}
    />
  )
}

function ReportWithChoices({
  report,
  options,
  searchParams,
}: {
  report: ReportName
  options: ReportOptions
  searchParams: URLSearchParams
}) {
  const checked = reportQueryOf(searchParams, options)
  const [values, setValues] = useState<ReportFormValues>(() =>
    reportFormValuesOf(searchParams, options),
  )
  const [dateParts, setDateParts] = useState<Partial<Record<'from' | 'to', DatePart[]>>>({})
  const fieldIds = fieldIdsFor(values, dateParts)
  const form = useFormErrors(reportFields, {
    initialErrors: checked.errors ?? {},
    fieldIds,
  })
  const navigate = useNavigate()
  const answer = useQuery({
    ...reportQueries.report(report, checked.query ?? { period: 'financial_year' }),
    enabled: checked.query !== undefined,
  })
  const refused = refusalOf(answer.error)
  const title = reportTitles[report]
  usePageTitle(title, { hasError: form.hasErrors || refused !== undefined })
  // The form's own errors, or else what the API said about the choices in the address.
  const errorFor = (field: ReportField) =>
    form.hasErrors ? form.errorFor(field) : refused?.fieldErrors[field]

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readReportForm(values)
    if (read.errors !== undefined) {
      setDateParts(read.dateParts)
      form.showErrors(read.errors)
      return
    }
    setDateParts({})
    form.clear()
    void navigate(
      withQuery(pathTo(paths.report, { report: reportSlug(report) }), searchOf(read.query)),
    )
  }

  return (
    <div className="govuk-grid-row app-report">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.reports}>Back to reports</BackLink>
        <FormErrorSummary form={form} />
        {refused !== undefined && !form.hasErrors && (
          <ErrorSummary
            errorList={reportFields.flatMap((field) => {
              const text = refused.fieldErrors[field]
              return text === undefined ? [] : [{ href: `#${fieldIds[field]}` as const, text }]
            })}
            description={refused.problem}
          />
        )}
        <span className="govuk-caption-l">Reports</span>
        <h1 className="govuk-heading-l">{title}</h1>

        <ReportForm
          values={values}
          options={options}
          errorFor={errorFor}
          dateParts={dateParts}
          onChange={setValues}
          onSubmit={submit}
        />

        {answer.data !== undefined && refused === undefined && checked.query !== undefined && (
          <ReportResults
            report={answer.data}
            csvHref={reportCsvHref(report, checked.query)}
            publicationCsvHref={reportCsvHref(report, checked.query, { suppress: true })}
          />
        )}
        {answer.isPending && checked.query !== undefined && (
          <p className="govuk-body" role="status">
            Working out the report…
          </p>
        )}
      </div>
    </div>
  )
}

/** The ids the error summary links to: the field shown for the period, the date part that is wrong. */
function fieldIdsFor(
  values: ReportFormValues,
  dateParts: Partial<Record<'from' | 'to', DatePart[]>>,
): Record<ReportField, string> {
  return {
    period: 'period',
    financialYear: values.period === 'quarter' ? 'quarterFinancialYear' : 'financialYear',
    quarter: 'quarter',
    month: 'month',
    from: `from-${dateParts.from?.[0] ?? 'day'}`,
    to: `to-${dateParts.to?.[0] ?? 'day'}`,
    localAuthorityId: 'localAuthorityId',
  }
}

/**
 * Choices the API refused (4xx), explained on the page with its messages by field; anything worse
 * goes to the error page.
 */
function refusalOf(
  error: unknown,
): { fieldErrors: Partial<Record<ReportField, string>>; problem: string | undefined } | undefined {
  if (error === null) {
    return undefined
  }
  if (error instanceof ApiError && error.status < 500 && error.status !== 401) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).filter(([field]) =>
        (reportFields as readonly string[]).includes(field),
      ),
    )
    const others = Object.entries(error.fieldErrors)
      .filter(([field]) => !(field in fieldErrors))
      .map(([, message]) => message)
    return {
      fieldErrors,
      problem:
        others.length > 0
          ? others.join(' ')
          : Object.keys(fieldErrors).length === 0
            ? error.message
            : undefined,
    }
  }
  throw error
}

/** The report itself: what it covers, how to download and print it, and its tables. */
function ReportResults({
  report,
  csvHref,
  publicationCsvHref,
}: {
  report: Report
  csvHref: string
  publicationCsvHref: string
}) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-6">{report.period.label}</h2>
      <p className="govuk-body">
        For {report.localAuthority?.name ?? 'all local authorities'}, from{' '}
        {formatDate(report.period.from)} to {formatDate(report.period.to)}.
      </p>
      <div className="app-report__actions">
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href={csvHref}>
              Download this report (CSV)
            </a>
          </li>
          <li>
            <a className="govuk-link" href={publicationCsvHref}>
              Download for publication, counts under 5 suppressed (CSV)
            </a>
          </li>
        </ul>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            window.print()
          }}
        >
          Print this report
        </Button>
      </div>
      {report.tables.map((table) => (
        <ReportTableSection key={table.key} table={table} />
      ))}
    </>
  )
}
