import type { ReportOptions } from '@asp/bff/contract'
import type { FormEvent } from 'react'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart } from '../../../../components/date-input.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import {
  financialYearName,
  monthName,
  monthsOfFinancialYears,
  quarterNames,
} from '../../components/report-words.ts'
import type { ReportField, ReportFormValues } from './report-query.ts'

export interface ReportFormProps {
  values: ReportFormValues
  options: ReportOptions
  errorFor: (field: ReportField) => string | undefined
  /** The parts of a date to highlight, where only some are wrong. */
  dateParts: Partial<Record<'from' | 'to', DatePart[]>>
  onChange: (values: ReportFormValues) => void
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/**
 * The report's choices: the period (a financial year, a quarter, a month or other dates, each
 * revealing its own question) and the local authority. Sent as a GET: the page's address holds
 * them.
 */
export function ReportForm({
  values,
  options,
  errorFor,
  dateParts,
  onChange,
  onSubmit,
}: ReportFormProps) {
  const years: number[] = []
  for (let year = options.currentFinancialYear; year >= options.firstFinancialYear; year -= 1) {
    years.push(year)
  }
  const yearOptions = [
    // A year in the address that is not offered (before the first records) still shows.
    ...(values.financialYear !== '' && !years.map(String).includes(values.financialYear)
      ? [{ value: values.financialYear, text: values.financialYear }]
      : []),
    ...years.map((year) => ({ value: String(year), text: financialYearName(year) })),
  ]
  const months = monthsOfFinancialYears(options.firstFinancialYear, options.currentFinancialYear)
  const set = (change: Partial<ReportFormValues>) => {
    onChange({ ...values, ...change })
  }
  const financialYearSelect = (id: string) => (
    <Select
      id={id}
      name="financialYear"
      label="Financial year"
      value={values.financialYear}
      errorMessage={errorFor('financialYear')}
      onChange={(event) => {
        set({ financialYear: event.target.value })
      }}
      options={yearOptions}
    />
  )

  return (
    <form
      className="app-report__form"
      noValidate
      method="get"
      onSubmit={onSubmit}
      aria-label="Period and local authority"
    >
      <Radios
        name="period"
        legend="Period"
        legendClassName="govuk-fieldset__legend--m"
        value={values.period}
        errorMessage={errorFor('period')}
        onChange={(period) => {
          set({ period: period as ReportFormValues['period'] })
        }}
        items={[
          {
            value: 'financial_year',
            label: 'Financial year',
            hint: '1 April to 31 March',
            conditional: financialYearSelect('financialYear'),
          },
          {
            value: 'quarter',
            label: 'Quarter',
            hint: 'With the rolling 12 months to the end of the quarter',
            conditional: (
              <>
                {financialYearSelect('quarterFinancialYear')}
                <Select
                  name="quarter"
                  label="Quarter"
                  value={values.quarter}
                  errorMessage={errorFor('quarter')}
                  onChange={(event) => {
                    set({ quarter: event.target.value })
                  }}
                  options={[
                    ...(values.quarter === '' ? [{ value: '', text: 'Select a quarter' }] : []),
                    ...([1, 2, 3, 4] as const).map((quarter) => ({
                      value: String(quarter),
                      text: quarterNames[quarter],
                    })),
                  ]}
                />
              </>
            ),
          },
          {
            value: 'month',
            label: 'Month',
            conditional: (
              <Select
                name="month"
                label="Month"
                value={values.month}
                errorMessage={errorFor('month')}
                onChange={(event) => {
                  set({ month: event.target.value })
                }}
                options={[
                  ...(months.includes(values.month)
                    ? []
                    : [
                        {
                          value: values.month,
                          text: values.month === '' ? 'Select a month' : values.month,
                        },
                      ]),
                  ...months.map((month) => ({ value: month, text: monthName(month) })),
                ]}
              />
            ),
          },
          {
            value: 'custom',
            label: 'Other dates',
            hint: 'Up to 5 years',
            conditional: (
              <>
                <DateInput
                  id="from"
                  namePrefix="from"
                  legend="Start date"
                  legendClassName="govuk-fieldset__legend--s"
                  hint="For example, 1 4 2026"
                  value={values.from}
                  errorMessage={errorFor('from')}
                  errorFields={dateParts.from}
                  onChange={(from) => {
                    set({ from })
                  }}
                />
                <DateInput
                  id="to"
                  namePrefix="to"
                  legend="End date"
                  legendClassName="govuk-fieldset__legend--s"
                  hint="For example, 31 3 2027"
                  value={values.to}
                  errorMessage={errorFor('to')}
                  errorFields={dateParts.to}
                  onChange={(to) => {
                    set({ to })
                  }}
                />
              </>
            ),
          },
        ]}
      />
      <Select
        name="localAuthorityId"
        label="Local authority"
        labelClassName="govuk-label--m"
        value={values.localAuthorityId}
        errorMessage={errorFor('localAuthorityId')}
        onChange={(event) => {
          set({ localAuthorityId: event.target.value })
        }}
        options={[
          { value: '', text: 'All local authorities' },
          ...options.localAuthorities.map((localAuthority) => ({
            value: localAuthority.id,
            text: localAuthority.name,
          })),
        ]}
      />
      <Button variant="secondary">Show the report</Button>
    </form>
  )
}
