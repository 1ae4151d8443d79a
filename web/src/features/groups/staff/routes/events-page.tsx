import { groupEventKindNames, type managedGroupEventsPageSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { Link } from '../../../../components/link.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { TypeAndAreaFilters } from '../../components/type-and-area-filters.tsx'
import { Table, type TableCell } from '../../../../components/table.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { groupEventQueries } from '../api/get-group-event.ts'
import { EventStatusTag } from '../components/event-status-tag.tsx'
import { londonDateOf } from '../components/session-times.ts'
import {
  checkEventFilters,
  eventFilterFields,
  eventFilterValuesOf,
  eventsHref,
  monthChoices,
  type EventFilterValues,
} from './event-filters.ts'
import { canSeeFigures } from './group-programme-roles.ts'

type EventsPage = z.output<typeof managedGroupEventsPageSchema>

const whenNames = { upcoming: 'Upcoming', past: 'Past', all: 'All dates' } as const

/**
 * `/group-programme`: the agency's groups and training for staff, with places booked, the waiting
 * list and each event's status. The filters are a GET form whose state is in the address; the
 * month filter offers the months their events start in.
 */
export function EventsPage() {
  const [searchParams] = useSearchParams()
  const values = eventFilterValuesOf(searchParams)
  return <EventsList key={searchParams.toString()} initial={values} />
}

function EventsList({ initial }: { initial: EventFilterValues }) {
  const checked = checkEventFilters(initial)
  const [values, setValues] = useState(initial)
  const form = useFormErrors(eventFilterFields, { initialErrors: checked.errors ?? {} })
  const navigate = useNavigate()
  const { user } = useSignedInSession()
  const { data: page } = useSuspenseQuery(groupEventQueries.list(checked.filters ?? {}))
  const pageCount = pageCountOf(page)
  usePageTitle(titleWithPage('Groups and training', page.page, pageCount), {
    hasError: form.hasErrors,
  })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const next = { ...values, page: '' }
    const result = checkEventFilters(next)
    if (result.errors !== undefined) {
      form.showErrors(result.errors)
      return
    }
    form.clear()
    void navigate(eventsHref(next))
  }

  function select(field: keyof EventFilterValues) {
    return {
      name: field,
      value: values[field],
      errorMessage: form.errorFor(field as (typeof eventFilterFields)[number]),
      formGroupClassName: 'govuk-!-margin-bottom-4',
      className: 'govuk-!-width-full',
      onChange: (event: { target: { value: string } }) => {
        setValues({ ...values, [field]: event.target.value })
      },
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Groups and training</h1>
        <div className="govuk-button-group">
          <Button href={paths.groupProgrammeNewEvent}>Create an event</Button>
          {canSeeFigures(user.role) && (
            <Link to={paths.groupProgrammeFigures}>See the figures</Link>
          )}
        </div>

        <form noValidate onSubmit={submit} method="get" role="search" aria-label="Events">
          <Fieldset legend="Filter events" legendClassName="govuk-fieldset__legend--m">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-quarter">
                <Select
                  {...select('when')}
                  label="When"
                  options={Object.entries(whenNames).map(([value, text]) => ({ value, text }))}
                />
              </div>
              <TypeAndAreaFilters
                select={select}
                areas={page.areas}
                columnClassName="govuk-grid-column-one-quarter"
              />
              <div className="govuk-grid-column-one-quarter">
                <Select
                  {...select('month')}
                  label="Month"
                  options={[
                    { value: '', text: 'Any month' },
                    ...monthChoices(page.months, initial.month),
                  ]}
                />
              </div>
            </div>
          </Fieldset>
          <div className="govuk-button-group">
            <Button variant="secondary">Apply filters</Button>
            <Link to={paths.groupProgramme}>Clear filters</Link>
          </div>
        </form>

        {checked.filters !== undefined && (
          <Results values={initial} page={page} pageCount={pageCount} />
        )}
      </div>
    </div>
  )
}

function row(event: EventsPage['items'][number]): TableCell[] {
  return [
    {
      text: (
        <Link to={pathTo(paths.groupProgrammeEvent, { eventId: event.id })}>{event.title}</Link>
      ),
    },
    { text: groupEventKindNames[event.kind] },
    {
      text: event.startsAt === null ? 'No dates yet' : formatDate(londonDateOf(event.startsAt)),
    },
    { text: event.localAuthorityName ?? 'All areas' },
    {
      text: `${String(event.placesBooked)} of ${String(event.capacity)}`,
      format: 'numeric',
    },
    { text: String(event.waitingCount), format: 'numeric' },
    { text: <EventStatusTag event={event} /> },
  ]
}

function Results({
  values,
  page,
  pageCount,
}: {
  values: EventFilterValues
  page: EventsPage
  pageCount: number
}) {
  const caption = showingText(page, 'event', 'events')
  return (
    <>
      <p className="govuk-visually-hidden" role="status">
        {page.total === 0 ? 'No events match these filters' : caption}
      </p>
      {page.items.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">No events match these filters</h2>
          <p className="govuk-body">Improve your results by:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>choosing all dates, or past events</li>
            <li>removing a filter</li>
          </ul>
        </>
      ) : (
        <ScrollContainer label="Events">
          <Table
            caption={caption}
            captionClassName="govuk-table__caption--m"
            head={[
              { text: 'Event' },
              { text: 'Type' },
              { text: 'First date' },
              { text: 'Area' },
              { text: 'Places booked', format: 'numeric' },
              { text: 'Waiting', format: 'numeric' },
              { text: 'Status' },
            ]}
            rows={page.items.map(row)}
          />
        </ScrollContainer>
      )}
      <NumberedPagination
        current={page.page}
        count={pageCount}
        hrefOf={(number) => eventsHref(values, number)}
      />
    </>
  )
}
