import {
  groupEventKindNames,
  type GroupEventSummary,
  type groupEventsPageSchema,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { NumberedPagination } from '../../../../components/numbered-pagination.tsx'
import { Select } from '../../../../components/select.tsx'
import { TypeAndAreaFilters } from '../../components/type-and-area-filters.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { pageCountOf, showingText, titleWithPage } from '../../../../lib/page-numbers.ts'
import { groupEventQueries } from '../api/find-group-events.ts'
import { BookingStatusTag } from '../components/booking-status-tag.tsx'
import {
  areaText,
  audienceLines,
  eventWhen,
  formatMonth,
  monthsToOffer,
  placesText,
  whereText,
} from '../components/event-words.ts'
import { LineList } from '../components/line-list.tsx'
import {
  checkGroupEventFilters,
  groupEventFilterFields,
  groupEventFiltersOf,
  groupEventsHref,
  type GroupEventFilterValues,
} from './group-event-filters.ts'
import { useRegisterInterest } from './use-register-interest.ts'

type GroupEventsPage = z.infer<typeof groupEventsPageSchema>
type PlannedCourse = GroupEventsPage['plannedCourses'][number]

/**
 * `/groups`: the groups, courses and activities a family can book, soonest first, 20 a page, and
 * the courses with no dates yet to register interest in. The filters are a GET form whose values
 * are in the address, so the back button and a bookmark show the same events; the month filter
 * offers the months with upcoming events.
 */
export function GroupEventsPage() {
  const [searchParams] = useSearchParams()
  const { values, errors, filters } = groupEventFiltersOf(searchParams)
  const { data: page } = useSuspenseQuery(groupEventQueries.list(filters))
  return (
    <GroupEventsView
      key={searchParams.toString()}
      initial={values}
      addressErrors={errors ?? {}}
      page={page}
    />
  )
}

function GroupEventsView({
  initial,
  addressErrors,
  page,
}: {
  initial: GroupEventFilterValues
  addressErrors: Record<string, string>
  page: GroupEventsPage
}) {
  const [values, setValues] = useState(initial)
  const form = useFormErrors(groupEventFilterFields, { initialErrors: addressErrors })
  const navigate = useNavigate()
  const pageCount = pageCountOf(page)
  const [interestProblem, setInterestProblem] = useState<string>()
  usePageTitle(titleWithPage('Groups and training', page.page, pageCount), {
    hasError: form.hasErrors || interestProblem !== undefined,
  })
  const hasFilterErrors = Object.keys(addressErrors).length > 0

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const checked = checkGroupEventFilters(values)
    if (checked.errors !== undefined) {
      form.showErrors(checked.errors)
      return
    }
    form.clear()
    void navigate(groupEventsHref(values))
  }

  function select(field: keyof GroupEventFilterValues) {
    return {
      name: field,
      value: values[field],
      errorMessage: form.errorFor(field),
      className: 'govuk-!-width-full',
      onChange: (event: { target: { value: string } }) => {
        setValues({ ...values, [field]: event.target.value })
      },
    }
  }

  const months = monthsToOffer(page.months, initial.month)

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <FormErrorSummary form={form} />
        {interestProblem !== undefined && (
          <ErrorSummary errorList={[]} description={interestProblem} />
        )}
        <h1 className="govuk-heading-l">Groups and training</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body">
              Support groups, training courses and activities for adoptive families, run by your
              adoption support team. Choose an event to see who it is for and to book places.
            </p>
            <p className="govuk-body">
              <Link to={paths.myGroupBookings}>Your bookings</Link>
            </p>
          </div>
        </div>

        <form
          noValidate
          onSubmit={submit}
          method="get"
          action={paths.groups}
          role="search"
          aria-label="Groups and training"
        >
          <Fieldset legend="Filter events" legendClassName="govuk-fieldset__legend--m">
            <div className="govuk-grid-row">
              <TypeAndAreaFilters
                select={select}
                areas={page.areas}
                columnClassName="govuk-grid-column-one-third"
              />
              <div className="govuk-grid-column-one-third">
                <Select
                  {...select('month')}
                  label="Month"
                  options={[
                    { value: '', text: 'Any month' },
                    ...months.map((month) => ({ value: month, text: formatMonth(month) })),
                  ]}
                />
              </div>
            </div>
          </Fieldset>
          <div className="govuk-button-group">
            <Button variant="secondary">Apply filters</Button>
            <Link to={paths.groups}>Clear filters</Link>
          </div>
        </form>

        {!hasFilterErrors && <Results values={initial} page={page} pageCount={pageCount} />}

        {page.plannedCourses.length > 0 && (
          <PlannedCourses courses={page.plannedCourses} onProblem={setInterestProblem} />
        )}
      </div>
    </div>
  )
}

function Results({
  values,
  page,
  pageCount,
}: {
  values: GroupEventFilterValues
  page: GroupEventsPage
  pageCount: number
}) {
  const caption = showingText(page, 'event', 'events')
  const isFiltered = values.kind !== '' || values.localAuthorityId !== '' || values.month !== ''

  return (
    <section aria-labelledby="upcoming-events">
      <h2 className="govuk-heading-m" id="upcoming-events">
        Upcoming events
      </h2>
      <p className="govuk-body" role="status">
        {page.total === 0 ? 'No events found' : caption}
      </p>
      {page.items.length === 0 && (
        <p className="govuk-body">
          {isFiltered
            ? 'There are no upcoming events that match your filters. Try another type, area or month, or clear the filters.'
            : 'There are no upcoming events at the moment. Check again soon.'}
        </p>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {page.items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      </div>
      <NumberedPagination
        current={page.page}
        count={pageCount}
        hrefOf={(number) => groupEventsHref(values, number)}
      />
    </section>
  )
}

/** One event as a summary card: what, when, where, who for and places left. */
function EventCard({ event }: { event: GroupEventSummary }) {
  const rows: SummaryListRow[] = [
    { key: 'Type', value: groupEventKindNames[event.kind] },
    { key: 'When', value: <LineList lines={eventWhen(event)} /> },
    { key: 'Where', value: whereText(event) },
    { key: 'Area', value: areaText(event.localAuthorityName) },
    { key: 'Who it is for', value: <LineList lines={audienceLines(event)} /> },
    { key: 'Places', value: placesText(event) },
  ]
  if (event.myBookingStatus === 'booked' || event.myBookingStatus === 'waiting') {
    rows.push({
      key: 'Your booking',
      value: <BookingStatusTag status={event.myBookingStatus} />,
    })
  }
  return (
    <SummaryList
      card={{
        title: <Link to={pathTo(paths.groupEvent, { eventId: event.id })}>{event.title}</Link>,
        headingLevel: 3,
      }}
      rows={rows}
    />
  )
}

/** Courses with no dates yet: a family registers interest and is emailed when dates are set. */
function PlannedCourses({
  courses,
  onProblem,
}: {
  courses: PlannedCourse[]
  onProblem: (problem: string | undefined) => void
}) {
  const { register, isRegistering } = useRegisterInterest(onProblem)

  return (
    <section aria-labelledby="planned-courses">
      <h2 className="govuk-heading-m" id="planned-courses">
        Courses with no dates yet
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Register your interest and we will email you when the dates are set, so that you can
            book.
          </p>
          {courses.map((course) => (
            <div key={course.id} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{course.title}</h3>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                {groupEventKindNames[course.kind]} · {areaText(course.localAuthorityName)}
              </p>
              <MultilineText text={course.description} />
              {course.interestRegistered ? (
                <p className="govuk-body govuk-!-font-weight-bold">
                  You have registered interest{' '}
                  <span className="govuk-visually-hidden">in {course.title}</span>
                </p>
              ) : (
                <form
                  noValidate
                  onSubmit={(event) => {
                    register(event, course.id)
                  }}
                >
                  <Button
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    disabled={isRegistering(course.id)}
                  >
                    Register interest{' '}
                    <span className="govuk-visually-hidden">in {course.title}</span>
                  </Button>
                </form>
              )}
            </div>
          ))}
        </div>
      </div>
    </section>
  )
}
