import {
  groupAudienceNames,
  groupAudiences,
  groupDeliveries,
  groupDeliveryNames,
  groupEventKindNames,
  groupEventKinds,
  maxSessionsPerEvent,
  type GroupEventInput,
} from '@asp/bff/contract'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { DateInput, type DatePart } from '../../../../components/date-input.tsx'
import { Fieldset } from '../../../../components/fieldset.tsx'
import { FieldMessages } from '../../../../components/form-parts.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import '../components/group-programme.css'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import {
  useFormSubmit,
  type Destination,
  type FormMutation,
} from '../../../../lib/use-form-submit.ts'
import {
  checkEventForm,
  emptySession,
  eventFormFields,
  formErrorsOf,
  sessionField,
  type EventFormValues,
  type SessionValues,
} from './event-form-values.ts'

export const conflictMessage =
  'This event was changed by someone else while you were changing it. Your changes have not been saved. Check the event, then save your changes again.'

/** A 409 because the event's version moved on, rather than because of what it now allows. */
export function isChangedBySomeoneElse(error: ApiError): boolean {
  return error.status === 409 && /changed by someone else/i.test(error.message)
}

export interface EventFormProps<Body, Result> {
  /** The page's title and `<h1>`: "Create an event". */
  title: string
  /** Above the heading: the event's title when changing one. */
  caption?: ReactNode
  /** The back link and anything else above the error summary. */
  before?: ReactNode
  initial: EventFormValues
  /** The areas the member of staff may run events for. */
  areas: { id: string; name: string }[]
  submitText: string
  /** The request that saves the event. */
  mutation: FormMutation<Body, Result>
  /** The request's body for the event as the form has it. */
  bodyOf: (input: GroupEventInput) => Body
  /** The page to go to once the event is saved. */
  navigateTo: (saved: Result) => Destination
  /**
   * Whether the event may be a course with no dates yet: a new event, or one still planned. Once
   * its dates are published they stay published.
   */
  canPlan?: boolean
  /** After a 409: fetch the event again, so the next try carries its new version. */
  onConflict?: () => void
  cancelLink: ReactNode
}

/**
 * The form that creates or changes an event: what it is, who it is for, where, how many places,
 * when booking opens and closes, and its sessions (or a course planned with no dates yet).
 * Sessions are added and removed in place (GOV.UK's "add another" pattern): focus moves to the new
 * session's first field, and a live region says what happened.
 */
export function EventForm<Body, Result>({
  title,
  caption,
  before,
  initial,
  areas,
  submitText,
  mutation,
  bodyOf,
  navigateTo,
  canPlan = true,
  onConflict,
  cancelLink,
}: EventFormProps<Body, Result>) {
  const [values, setValues] = useState(initial)
  const [dateErrorParts, setDateErrorParts] = useState<Record<string, DatePart[]>>({})
  const [announcement, setAnnouncement] = useState('')
  const [focus, setFocus] = useState<{ id: string; count: number } | undefined>()
  const nextKey = useRef(Math.max(...initial.sessions.map((session) => session.key), 0) + 1)
  const firstPart = (field: string) => dateErrorParts[field]?.[0] ?? 'day'
  const [firstSession] = values.sessions
  const form = useFormErrors(eventFormFields(values), {
    fieldIds: {
      audience: 'audience',
      delivery: 'delivery',
      status: 'status',
      bookingOpensAt: `bookingOpensAt-${firstPart('bookingOpensAt')}`,
      bookingClosesAt: `bookingClosesAt-${firstPart('bookingClosesAt')}`,
      sessions:
        firstSession === undefined ? 'add-session' : `${sessionField.date(firstSession.key)}-day`,
      ...Object.fromEntries(
        values.sessions.map((session) => {
          const field = sessionField.date(session.key)
          return [field, `${field}-${firstPart(field)}`]
        }),
      ),
    },
  })
  usePageTitle(title, { hasError: form.hasErrors })

  useEffect(() => {
    if (focus !== undefined) {
      document.getElementById(focus.id)?.focus()
    }
  }, [focus])

  function moveFocusTo(id: string) {
    setFocus((previous) => ({ id, count: (previous?.count ?? 0) + 1 }))
  }

  function change<F extends keyof EventFormValues>(field: F, value: EventFormValues[F]) {
    setValues((previous) => ({ ...previous, [field]: value }))
  }

  function changeSession(key: number, change: Partial<Omit<SessionValues, 'key'>>) {
    setValues((previous) => ({
      ...previous,
      sessions: previous.sessions.map((session) =>
        session.key === key ? { ...session, ...change } : session,
      ),
    }))
  }

  function addSession() {
    const key = nextKey.current
    nextKey.current += 1
    const number = values.sessions.length + 1
    setValues({ ...values, sessions: [...values.sessions, emptySession(key)] })
    setAnnouncement(`Session ${String(number)} added`)
    moveFocusTo(`${sessionField.date(key)}-day`)
  }

  function removeSession(key: number) {
    const index = values.sessions.findIndex((session) => session.key === key)
    const sessions = values.sessions.filter((session) => session.key !== key)
    setValues({ ...values, sessions })
    setAnnouncement(`Session ${String(index + 1)} removed`)
    const next = sessions[Math.min(index, sessions.length - 1)]
    moveFocusTo(next === undefined ? 'add-session' : `${sessionField.date(next.key)}-day`)
  }

  function showFailure(error: unknown) {
    if (error instanceof ApiError && error.status === 409) {
      // Someone else saved first, or the event no longer allows the change (a session removed
      // after its register was taken, say): the API's message says which.
      form.showErrors({}, [isChangedBySomeoneElse(error) ? conflictMessage : error.message])
      onConflict?.()
      return
    }
    if (error instanceof ApiError && error.status === 400) {
      const { known, problems } = formErrorsOf(error.fieldErrors, values.sessions)
      if (Object.keys(known).length > 0 || problems.length > 0) {
        setDateErrorParts({})
        form.showErrors(known, problems)
        return
      }
    }
    form.showApiError(error)
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const checked = checkEventForm(values)
      setDateErrorParts(checked.dateErrorParts)
      if (checked.input === undefined) {
        form.showErrors(checked.errors, checked.problems)
        return undefined
      }
      // What the last try got wrong goes as soon as this one is on its way.
      form.clear()
      return bodyOf(checked.input)
    },
    mutation,
    navigateTo,
    onError: showFailure,
  })

  const text = (
    field: 'title' | 'venueName' | 'onlineLink' | 'capacity' | 'minAge' | 'maxAge',
  ) => ({
    name: field,
    value: values[field],
    errorMessage: form.errorFor(field),
    onChange: (event: { target: { value: string } }) => {
      change(field, event.target.value)
    },
  })

  const ages = (
    <>
      <TextInput
        {...text('minAge')}
        label="Youngest age"
        hint="In years"
        className="govuk-input--width-2"
        inputMode="numeric"
        autoComplete="off"
      />
      <TextInput
        {...text('maxAge')}
        label="Oldest age"
        hint="In years"
        className="govuk-input--width-2"
        inputMode="numeric"
        autoComplete="off"
      />
    </>
  )

  const venue = (
    <>
      <TextInput
        {...text('venueName')}
        label="Venue"
        hint="For example, Foleshill Community Centre"
        autoComplete="off"
      />
      <Textarea
        name="venueAddress"
        label="Venue address (optional)"
        rows={3}
        value={values.venueAddress}
        errorMessage={form.errorFor('venueAddress')}
        onChange={(event) => {
          change('venueAddress', event.target.value)
        }}
      />
    </>
  )

  const onlineLink = (
    <TextInput
      {...text('onlineLink')}
      type="url"
      label="Link to join online"
      hint="Starts with https://. Only people with a booked place will see it."
      autoComplete="off"
      spellCheck={false}
    />
  )

  const areaOptions = [
    { value: '', text: 'All areas' },
    ...areas.map((area) => ({ value: area.id, text: area.name })),
  ]

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {before}
        <FormErrorSummary form={form} />
        {caption !== undefined && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={onSubmit}>
          <Fieldset legend="About the event" legendClassName="govuk-fieldset__legend--m">
            <Select
              name="kind"
              label="Type of event"
              value={values.kind}
              errorMessage={form.errorFor('kind')}
              onChange={(event) => {
                change('kind', event.target.value)
              }}
              options={[
                { value: '', text: 'Select a type' },
                ...groupEventKinds.map((kind) => ({
                  value: kind,
                  text: groupEventKindNames[kind],
                })),
              ]}
            />
            <TextInput
              {...text('title')}
              label="Title"
              hint="Families see this in the list of groups and training"
              autoComplete="off"
            />
            <Textarea
              name="description"
              label="Description"
              hint="What happens, what to bring, and anything families should know before they book"
              rows={6}
              value={values.description}
              errorMessage={form.errorFor('description')}
              onChange={(event) => {
                change('description', event.target.value)
              }}
            />
          </Fieldset>

          <Checkboxes
            name="audience"
            legend="Who is it for?"
            legendClassName="govuk-fieldset__legend--m"
            hint="Select all that apply"
            values={values.audience}
            errorMessage={form.errorFor('audience')}
            onChange={(audience) => {
              change('audience', audience)
            }}
            items={groupAudiences.map((audience) => ({
              value: audience,
              label: groupAudienceNames[audience],
              conditional: audience === 'children' ? ages : undefined,
            }))}
          />

          <Radios
            name="delivery"
            legend="In person or online?"
            legendClassName="govuk-fieldset__legend--m"
            value={values.delivery}
            errorMessage={form.errorFor('delivery')}
            onChange={(delivery) => {
              change('delivery', delivery)
            }}
            items={groupDeliveries.map((delivery) => ({
              value: delivery,
              label: groupDeliveryNames[delivery],
              conditional: delivery === 'in_person' ? venue : onlineLink,
            }))}
          />

          <Fieldset legend="Places and booking" legendClassName="govuk-fieldset__legend--m">
            <TextInput
              {...text('capacity')}
              label="Number of places"
              hint="Each adult and child booked takes a place. When it is full, families can join a waiting list."
              className="govuk-input--width-4"
              inputMode="numeric"
              autoComplete="off"
            />
            <Select
              name="localAuthorityId"
              label="Area"
              hint="Families in every area see an event for all areas"
              value={values.localAuthorityId}
              errorMessage={form.errorFor('localAuthorityId')}
              onChange={(event) => {
                change('localAuthorityId', event.target.value)
              }}
              options={areaOptions}
            />
            <DateTimeFields
              id="bookingOpensAt"
              timeName="bookingOpensTime"
              legend="Booking opens (optional)"
              hint="Leave empty to open booking when the event is published."
              timeLabel="Time booking opens"
              values={values}
              dateKey="bookingOpensDate"
              timeKey="bookingOpensTime"
              dateError={form.errorFor('bookingOpensAt')}
              dateErrorParts={dateErrorParts.bookingOpensAt}
              timeError={form.errorFor('bookingOpensTime')}
              change={change}
            />
            <DateTimeFields
              id="bookingClosesAt"
              timeName="bookingClosesTime"
              legend="Booking closes (optional)"
              hint="Leave empty to take bookings until the event starts."
              timeLabel="Time booking closes"
              values={values}
              dateKey="bookingClosesDate"
              timeKey="bookingClosesTime"
              dateError={form.errorFor('bookingClosesAt')}
              dateErrorParts={dateErrorParts.bookingClosesAt}
              timeError={form.errorFor('bookingClosesTime')}
              change={change}
            />
          </Fieldset>

          {canPlan && (
            <Radios
              name="status"
              legend="Dates"
              legendClassName="govuk-fieldset__legend--m"
              value={values.status}
              errorMessage={form.errorFor('status')}
              onChange={(status) => {
                change('status', status)
              }}
              items={[
                {
                  value: 'published',
                  label: 'Publish dates now',
                  hint: 'Families can book as soon as booking opens',
                },
                {
                  value: 'planned',
                  label: 'Plan the course with no dates yet (families can register interest)',
                  hint: 'Those who register interest are told when you publish the dates',
                },
              ]}
            />
          )}

          <div aria-live="polite" className="govuk-visually-hidden">
            {announcement}
          </div>
          {values.status === 'published' && (
            <Fieldset
              legend="Sessions"
              legendClassName="govuk-fieldset__legend--m"
              describedBy={
                form.errorFor('sessions') === undefined
                  ? 'sessions-hint'
                  : 'sessions-hint sessions-error'
              }
            >
              <FieldMessages
                id="sessions"
                hint="Add each date the group meets. Times are UK time."
                errorMessage={form.errorFor('sessions')}
              />
              {values.sessions.map((session, index) => (
                <SessionFields
                  key={session.key}
                  session={session}
                  number={index + 1}
                  canRemove={values.sessions.length > 1}
                  errorFor={(field) => form.errorFor(field)}
                  dateErrorParts={dateErrorParts[sessionField.date(session.key)]}
                  onChange={(update) => {
                    changeSession(session.key, update)
                  }}
                  onRemove={() => {
                    removeSession(session.key)
                  }}
                />
              ))}
              {values.sessions.length < maxSessionsPerEvent && (
                <Button id="add-session" type="button" variant="secondary" onClick={addSession}>
                  Add another session
                </Button>
              )}
            </Fieldset>
          )}

          <div className="govuk-button-group">
            <Button preventDoubleClick>{submitText}</Button>
            {cancelLink}
          </div>
        </form>
      </div>
    </div>
  )
}

type DateKey = 'bookingOpensDate' | 'bookingClosesDate'
type TimeKey = 'bookingOpensTime' | 'bookingClosesTime'

/** A date input and a time field: when booking opens or closes. */
function DateTimeFields({
  id,
  timeName,
  legend,
  hint,
  timeLabel,
  values,
  dateKey,
  timeKey,
  dateError,
  dateErrorParts,
  timeError,
  change,
}: {
  id: string
  timeName: string
  legend: string
  hint: string
  timeLabel: string
  values: EventFormValues
  dateKey: DateKey
  timeKey: TimeKey
  dateError: string | undefined
  dateErrorParts: DatePart[] | undefined
  timeError: string | undefined
  change: <F extends keyof EventFormValues>(field: F, value: EventFormValues[F]) => void
}) {
  return (
    <>
      <DateInput
        id={id}
        namePrefix={id}
        legend={legend}
        legendClassName="govuk-fieldset__legend--s"
        hint={`${hint} For example, 14 9 2026`}
        value={values[dateKey]}
        errorMessage={dateError}
        errorFields={dateErrorParts}
        onChange={(date) => {
          change(dateKey, date)
        }}
      />
      <TextInput
        name={timeName}
        label={timeLabel}
        hint="UK time. For example, 9am or 5:30pm"
        className="govuk-input--width-5"
        autoComplete="off"
        spellCheck={false}
        value={values[timeKey]}
        errorMessage={timeError}
        onChange={(event) => {
          change(timeKey, event.target.value)
        }}
      />
    </>
  )
}

/** One session: its date, start and end time, and a button to remove it. */
function SessionFields({
  session,
  number,
  canRemove,
  errorFor,
  dateErrorParts,
  onChange,
  onRemove,
}: {
  session: SessionValues
  number: number
  canRemove: boolean
  errorFor: (field: string) => string | undefined
  dateErrorParts: DatePart[] | undefined
  onChange: (update: Partial<Omit<SessionValues, 'key'>>) => void
  onRemove: () => void
}) {
  const dateField = sessionField.date(session.key)
  const startField = sessionField.startTime(session.key)
  const endField = sessionField.endTime(session.key)
  const name = `Session ${String(number)}`
  return (
    <div className="app-add-another__item">
      <Fieldset legend={name} legendClassName="govuk-fieldset__legend--s">
        <DateInput
          id={dateField}
          namePrefix={dateField}
          legend="Date"
          hint="For example, 3 10 2026"
          value={session.date}
          errorMessage={errorFor(dateField)}
          errorFields={dateErrorParts}
          onChange={(date) => {
            onChange({ date })
          }}
        />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput
              name={startField}
              label="Start time"
              hint="For example, 10am"
              className="govuk-input--width-5"
              autoComplete="off"
              spellCheck={false}
              value={session.startTime}
              errorMessage={errorFor(startField)}
              onChange={(event) => {
                onChange({ startTime: event.target.value })
              }}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <TextInput
              name={endField}
              label="End time"
              hint="For example, 12:30pm"
              className="govuk-input--width-5"
              autoComplete="off"
              spellCheck={false}
              value={session.endTime}
              errorMessage={errorFor(endField)}
              onChange={(event) => {
                onChange({ endTime: event.target.value })
              }}
            />
          </div>
        </div>
        {canRemove && (
          <Button
            type="button"
            variant="secondary"
            className="govuk-!-margin-bottom-4"
            onClick={onRemove}
          >
            Remove <span className="govuk-visually-hidden">{name.toLowerCase()}</span>
          </Button>
        )}
      </Fieldset>
    </div>
  )
}
