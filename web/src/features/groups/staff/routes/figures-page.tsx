import { groupEventKindNames, type GroupFigures } from '@asp/bff/contract'
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { DateInput, type DatePart } from '../../../../components/date-input.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { Link } from '../../../../components/link.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { datePartsOf } from '../../../../lib/date-parts.ts'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { groupEventQueries } from '../api/get-group-event.ts'
import { groupFiguresQueries } from '../api/get-group-figures.ts'
import { londonDateOf } from '../components/session-times.ts'
import {
  checkFiguresRange,
  figuresFields,
  figuresValuesOf,
  readFiguresForm,
  type FiguresValues,
} from './figures-range.ts'

/**
 * `/group-programme/figures`: what the programme offered and who came, for team managers and
 * administrators: totals, by local authority (rows that add up to the totals) and by event, for a
 * range of dates (the current financial year unless another is chosen) and, if chosen, one area.
 * The range is a GET form in the address.
 */
export function FiguresPage() {
  const [searchParams] = useSearchParams()
  return <Figures key={searchParams.toString()} initial={figuresValuesOf(searchParams)} />
}

const count = (value: number) => value.toLocaleString('en-GB')

function Figures({ initial }: { initial: FiguresValues }) {
  const checked = checkFiguresRange(initial)
  const [values, setValues] = useState({
    from: datePartsOf(initial.from),
    to: datePartsOf(initial.to),
    localAuthorityId: initial.localAuthorityId,
  })
  const [dateErrorParts, setDateErrorParts] = useState<Record<string, DatePart[]>>({})
  const form = useFormErrors(figuresFields, {
    initialErrors: checked.errors ?? {},
    fieldIds: {
      from: `from-${dateErrorParts.from?.[0] ?? 'day'}`,
      to: `to-${dateErrorParts.to?.[0] ?? 'day'}`,
    },
  })
  const navigate = useNavigate()
  const {
    data: { areas },
  } = useSuspenseQuery(groupEventQueries.list({}))
  const figures = useQuery({
    ...groupFiguresQueries.range(checked.range ?? { from: '', to: '' }),
    enabled: checked.range !== undefined,
    placeholderData: keepPreviousData,
  })
  const refused = refusalOf(figures.error)
  usePageTitle('Groups and training figures', {
    hasError: form.hasErrors || refused !== undefined,
  })
  // The form's own errors, or else what the API said about the range in the address.
  const errorFor = (field: (typeof figuresFields)[number]) =>
    form.hasErrors ? form.errorFor(field) : refused?.fieldErrors[field]

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readFiguresForm(values)
    if (read.errors !== undefined) {
      setDateErrorParts(read.parts)
      form.showErrors(read.errors)
      return
    }
    setDateErrorParts({})
    form.clear()
    void navigate(
      withQuery(paths.groupProgrammeFigures, {
        from: read.values.from,
        to: read.values.to,
        localAuthorityId: read.values.localAuthorityId,
      }),
    )
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.groupProgramme}>Back to groups and training</BackLink>
        <FormErrorSummary form={form} />
        {refused !== undefined && !form.hasErrors && (
          <ErrorSummary
            errorList={figuresFields.flatMap((field) => {
              const text = refused.fieldErrors[field]
              const href = field === 'localAuthorityId' ? '#localAuthorityId' : `#${field}-day`
              return text === undefined ? [] : [{ href: href as `#${string}`, text }]
            })}
            description={refused.problem}
          />
        )}
        <span className="govuk-caption-l">Groups and training</span>
        <h1 className="govuk-heading-l">Figures</h1>

        <form noValidate onSubmit={submit} method="get" aria-label="Dates and area">
          <Fieldset legend="Dates and area" legendClassName="govuk-fieldset__legend--m">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-third">
                <DateInput
                  id="from"
                  namePrefix="from"
                  legend="From"
                  legendClassName="govuk-fieldset__legend--s"
                  hint="For example, 1 4 2026"
                  value={values.from}
                  errorMessage={errorFor('from')}
                  errorFields={dateErrorParts.from}
                  onChange={(from) => {
                    setValues({ ...values, from })
                  }}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <DateInput
                  id="to"
                  namePrefix="to"
                  legend="To"
                  legendClassName="govuk-fieldset__legend--s"
                  hint="For example, 31 3 2027"
                  value={values.to}
                  errorMessage={errorFor('to')}
                  errorFields={dateErrorParts.to}
                  onChange={(to) => {
                    setValues({ ...values, to })
                  }}
                />
              </div>
              <div className="govuk-grid-column-one-third">
                <Select
                  name="localAuthorityId"
                  label="Area"
                  labelClassName="govuk-label--s"
                  className="govuk-!-width-full"
                  value={values.localAuthorityId}
                  errorMessage={errorFor('localAuthorityId')}
                  onChange={(event) => {
                    setValues({ ...values, localAuthorityId: event.target.value })
                  }}
                  options={[
                    { value: '', text: 'All areas' },
                    ...areas.map((area) => ({ value: area.id, text: area.name })),
                  ]}
                />
              </div>
            </div>
          </Fieldset>
          <Button variant="secondary">Show figures</Button>
        </form>

        {figures.data !== undefined && checked.range !== undefined && refused === undefined && (
          <FiguresTables figures={figures.data} />
        )}
        {figures.isPending && checked.range !== undefined && (
          <p className="govuk-body" role="status">
            Loading figures…
          </p>
        )}
      </div>
    </div>
  )
}

/**
 * A range the API refused (4xx), explained on the page with its messages by field; anything worse
 * goes to the error page.
 */
function refusalOf(
  error: unknown,
): { fieldErrors: Record<string, string>; problem: string | undefined } | undefined {
  if (error === null) {
    return undefined
  }
  if (error instanceof ApiError && error.status < 500) {
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).filter(([field]) =>
        (figuresFields as readonly string[]).includes(field),
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

const figureHeads: TableCell[] = [
  { text: 'Places offered', format: 'numeric' },
  { text: 'Booked', format: 'numeric' },
  { text: 'Attended', format: 'numeric' },
  { text: 'No-shows', format: 'numeric' },
  { text: 'Families reached', format: 'numeric' },
  { text: 'Children reached', format: 'numeric' },
]

function figureCells(figures: Omit<GroupFigures['totals'], 'events'>): TableCell[] {
  return [
    figures.placesOffered,
    figures.placesBooked,
    figures.attended,
    figures.noShows,
    figures.familiesReached,
    figures.childrenReached,
  ].map((value) => ({ text: count(value), format: 'numeric' }))
}

function FiguresTables({ figures }: { figures: GroupFigures }) {
  const range = `${formatDate(figures.from)} to ${formatDate(figures.to)}`
  const { totals } = figures
  return (
    <>
      <h2 className="govuk-heading-m">{range}</h2>
      <Table
        caption="Totals"
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[{ text: 'Figure' }, { text: 'Number', format: 'numeric' }]}
        rows={[
          ['Events', totals.events],
          ['Places offered', totals.placesOffered],
          ['Places booked', totals.placesBooked],
          ['Attended', totals.attended],
          ['No-shows', totals.noShows],
          ['Families reached', totals.familiesReached],
          ['Children reached', totals.childrenReached],
        ].map(([name, value]) => [
          { text: String(name) },
          { text: count(Number(value)), format: 'numeric' },
        ])}
      />

      <h2 className="govuk-heading-m">By local authority</h2>
      {figures.byLocalAuthority.length === 0 ? (
        <p className="govuk-body">No events in these dates.</p>
      ) : (
        <>
          <p className="govuk-body">
            Places offered count under the area the event is for. Everyone who booked or came counts
            under their family’s local authority, so each column adds up to its total.
          </p>
          <ScrollContainer label="By local authority">
            <Table
              caption="Figures by local authority"
              captionClassName="govuk-visually-hidden"
              firstCellIsHeader
              head={[{ text: 'Local authority' }, ...figureHeads]}
              rows={figures.byLocalAuthority.map((row) => [
                { text: row.name },
                ...figureCells(row),
              ])}
            />
          </ScrollContainer>
        </>
      )}

      <h2 className="govuk-heading-m">By event</h2>
      {figures.events.length === 0 ? (
        <p className="govuk-body">No events in these dates.</p>
      ) : (
        <>
          <p className="govuk-body">
            A family or child who came to more than one event counts at each of them, and once in
            the totals.
          </p>
          <ScrollContainer label="By event">
            <Table
              caption="Figures by event"
              captionClassName="govuk-visually-hidden"
              firstCellIsHeader
              head={[{ text: 'Event' }, { text: 'First date' }, ...figureHeads]}
              rows={figures.events.map((event) => [
                {
                  text: (
                    <>
                      <Link to={pathTo(paths.groupProgrammeEvent, { eventId: event.id })}>
                        {event.title}
                      </Link>
                      <br />
                      <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
                        {groupEventKindNames[event.kind]}
                      </span>
                    </>
                  ),
                },
                {
                  text:
                    event.startsAt === null ? 'No dates' : formatDate(londonDateOf(event.startsAt)),
                },
                ...figureCells(event),
              ])}
            />
          </ScrollContainer>
        </>
      )}
    </>
  )
}
