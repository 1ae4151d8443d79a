import { addWalkInSchema, markAttendanceSchema, type GroupRegister } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Select } from '../../../../components/select.tsx'
import { Table } from '../../../../components/table.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useAddGroupWalkIn } from '../api/add-group-walk-in.ts'
import { parseEventId } from '../api/get-group-event.ts'
import { groupRegisterQueries, registerCsvHref } from '../api/get-group-register.ts'
import { useMarkGroupAttendance } from '../api/mark-group-attendance.ts'
import '../components/group-programme.css'
import { formatSession, londonDateOf } from '../components/session-times.ts'

type Session = GroupRegister['event']['sessions'][number]
type Attendee = GroupRegister['booked'][number]['attendees'][number]

const attendeeKindNames: Record<Attendee['kind'], string> = {
  parent: 'Parent',
  child: 'Child',
  guest: 'Guest',
  walk_in: 'Walk-in',
}

/** Past this many sessions the choice is a select rather than radios. */
const mostSessionsAsRadios = 6

/**
 * The session the register opens at: the one in the address, else today's, else the next to
 * come, else the last.
 */
export function defaultSession(
  sessions: Session[],
  chosen: string | null,
  today: string,
): Session | undefined {
  return (
    sessions.find((session) => session.id === chosen) ??
    sessions.find((session) => londonDateOf(session.startsAt) === today) ??
    sessions.find((session) => londonDateOf(session.startsAt) > today) ??
    sessions[sessions.length - 1]
  )
}

/**
 * `/group-programme/:eventId/register`: the register on the day, made for a tablet: choose the
 * session, tick who is present and save; add people who came without booking; see the waiting
 * list; download or print the register.
 */
export function RegisterPage() {
  const eventId = parseEventId(useParams())
  const [searchParams] = useSearchParams()
  const { data: register } = useSuspenseQuery(groupRegisterQueries.event(eventId))
  const now = new Date()
  const today = londonDateOf(now)
  const session = defaultSession(register.event.sessions, searchParams.get('session'), today)
  // A new session's register starts afresh: its boxes, messages and banner.
  return (
    <Register
      key={session?.id ?? 'no-sessions'}
      eventId={eventId}
      register={register}
      session={session}
      canMark={
        session !== undefined &&
        markable(session, today, now.getTime()) &&
        register.event.status !== 'cancelled'
      }
    />
  )
}

/**
 * Whether attendance may be marked, as the BFF allows it: from the session's day, or the hour
 * before it starts (a session just after midnight is marked by the people who open the room).
 */
function markable(session: { startsAt: string }, today: string, nowMs: number): boolean {
  return (
    londonDateOf(session.startsAt) <= today ||
    nowMs >= new Date(session.startsAt).getTime() - 60 * 60 * 1000
  )
}

const markFields = ['marks'] as const
const walkInFields = ['name', 'isChild'] as const

/**
 * The people on a session's register: everyone booked, and the walk-ins of this session (a
 * walk-in is marked at the session they came to, and at no other).
 */
function attendeesAt(register: GroupRegister, sessionId: string) {
  return register.booked.flatMap((booking) =>
    booking.attendees
      .filter(
        (attendee) =>
          booking.kind === 'booking' ||
          (attendee.attendance[sessionId] !== null && attendee.attendance[sessionId] !== undefined),
      )
      .map((attendee) => ({ attendee, booking })),
  )
}

function Register({
  eventId,
  register,
  session,
  canMark,
}: {
  eventId: string
  register: GroupRegister
  session: Session | undefined
  canMark: boolean
}) {
  // Only the boxes changed on this page; the rest show what the register holds.
  const [changed, setChanged] = useState<Record<string, boolean>>({})
  const [walkIn, setWalkIn] = useState({ name: '', isChild: false })
  const [notice, setNotice] = useState<{ text: string; count: number } | undefined>()
  const markForm = useFormErrors(markFields, { fieldIds: { marks: 'register-table' } })
  const walkInForm = useFormErrors(walkInFields, {
    fieldIds: { name: 'walk-in-name', isChild: 'walk-in-child' },
  })
  const sessionName = session === undefined ? undefined : formatSession(session)
  usePageTitle(sessionName === undefined ? 'Register' : `Register for ${sessionName}`, {
    hasError: markForm.hasErrors || walkInForm.hasErrors,
  })
  const people = session === undefined ? [] : attendeesAt(register, session.id)
  const eventHref = pathTo(paths.groupProgrammeEvent, { eventId })

  function succeeded(text: string) {
    setNotice((previous) => ({ text, count: (previous?.count ?? 0) + 1 }))
  }

  const isPresent = (attendee: Attendee) =>
    changed[attendee.id] ?? (session !== undefined && attendee.attendance[session.id] === true)

  const mark = useFormSubmit(markForm, {
    validate: () => {
      if (session === undefined) {
        return undefined
      }
      const parsed = markAttendanceSchema.safeParse({
        sessionId: session.id,
        marks: people.map(({ attendee }) => ({
          attendeeId: attendee.id,
          present: isPresent(attendee),
        })),
      })
      if (!parsed.success) {
        markForm.showErrors({
          marks: parsed.error.issues[0]?.message ?? 'Mark at least one person',
        })
        return undefined
      }
      return parsed.data
    },
    mutation: useMarkGroupAttendance(eventId),
    onSuccess: (_, { marks }) => {
      const present = marks.filter((one) => one.present).length
      succeeded(
        `Attendance saved: ${String(present)} present, ${String(marks.length - present)} absent`,
      )
    },
  })

  const addWalkIn = useFormSubmit(walkInForm, {
    schema: addWalkInSchema,
    values: () => ({ sessionId: session?.id, ...walkIn }),
    mutation: useAddGroupWalkIn(eventId),
    onSuccess: (_, { name }) => {
      setWalkIn({ name: '', isChild: false })
      succeeded(`${name} has been added to the register`)
    },
  })

  return (
    <div className="govuk-grid-row app-register">
      <div className="govuk-grid-column-full">
        <BackLink href={eventHref}>Back to the event</BackLink>
        <FormErrorSummary form={markForm} />
        <FormErrorSummary form={walkInForm} />
        {notice !== undefined && (
          <NotificationBanner key={notice.count} type="success">
            {notice.text}
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{register.event.title}</span>
        <h1 className="govuk-heading-l">Register</h1>
        <p className="govuk-body">
          {String(register.event.placesBooked)} of {String(register.event.capacity)} places booked.
        </p>
        {register.event.status === 'cancelled' && (
          <InsetText>This event has been cancelled.</InsetText>
        )}
        {session === undefined || sessionName === undefined ? (
          <p className="govuk-body">This event has no sessions yet.</p>
        ) : (
          <>
            {register.event.sessions.length > 1 && (
              <ChooseSession
                eventId={eventId}
                sessions={register.event.sessions}
                chosen={session.id}
              />
            )}
            <h2 className="govuk-heading-m">{sessionName}</h2>
            {!canMark && register.event.status !== 'cancelled' && (
              <InsetText>You can mark who is present from the day of the session.</InsetText>
            )}
            <div className="govuk-button-group">
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  window.print()
                }}
              >
                Print the register
              </Button>
              <a className="govuk-link" href={registerCsvHref(eventId)} download>
                Download the register (CSV)
              </a>
            </div>
            {people.length === 0 ? (
              <p className="govuk-body">No one is booked yet.</p>
            ) : (
              <form noValidate onSubmit={mark.onSubmit}>
                <div
                  id="register-table"
                  className={
                    markForm.errorFor('marks') === undefined
                      ? 'app-register-print'
                      : 'app-register-print govuk-form-group--error'
                  }
                >
                  {markForm.errorFor('marks') !== undefined && (
                    <p className="govuk-error-message">
                      <span className="govuk-visually-hidden">Error:</span>{' '}
                      {markForm.errorFor('marks')}
                    </p>
                  )}
                  <ScrollContainer label="Register">
                    <Table
                      caption={`${register.event.title}: ${sessionName}`}
                      captionClassName="govuk-table__caption--s"
                      head={[
                        { text: 'Present' },
                        { text: 'Name' },
                        { text: 'Who' },
                        { text: 'Age', format: 'numeric' },
                        { text: 'Family reference' },
                      ]}
                      rows={people.map(({ attendee, booking }) => [
                        {
                          text: (
                            <Checkboxes
                              name={`present-${attendee.id}`}
                              formGroupClassName="govuk-!-margin-bottom-0"
                              values={isPresent(attendee) ? ['yes'] : []}
                              onChange={(values) => {
                                setChanged({ ...changed, [attendee.id]: values.includes('yes') })
                              }}
                              items={[
                                {
                                  value: 'yes',
                                  disabled: !canMark,
                                  label: (
                                    <>
                                      Present{' '}
                                      <span className="govuk-visually-hidden">{attendee.name}</span>
                                    </>
                                  ),
                                },
                              ]}
                            />
                          ),
                        },
                        { text: attendee.name },
                        { text: attendeeKindNames[attendee.kind] },
                        {
                          text: attendee.age === null ? '' : String(attendee.age),
                          format: 'numeric',
                        },
                        { text: booking.familyReference ?? '' },
                      ])}
                    />
                  </ScrollContainer>
                </div>
                {canMark && <Button preventDoubleClick>Save attendance</Button>}
              </form>
            )}

            {canMark && (
              <form noValidate onSubmit={addWalkIn.onSubmit}>
                <h2 className="govuk-heading-m">Add a walk-in</h2>
                <p className="govuk-body">Someone who came to this session without booking.</p>
                <TextInput
                  name="name"
                  id="walk-in-name"
                  label="Full name"
                  autoComplete="off"
                  spellCheck={false}
                  value={walkIn.name}
                  errorMessage={walkInForm.errorFor('name')}
                  onChange={(event) => {
                    setWalkIn({ ...walkIn, name: event.target.value })
                  }}
                />
                <Checkboxes
                  name="isChild"
                  idPrefix="walk-in-child"
                  values={walkIn.isChild ? ['yes'] : []}
                  errorMessage={walkInForm.errorFor('isChild')}
                  onChange={(values) => {
                    setWalkIn({ ...walkIn, isChild: values.includes('yes') })
                  }}
                  items={[{ value: 'yes', label: 'This is a child' }]}
                />
                <Button variant="secondary" preventDoubleClick>
                  Add walk-in
                </Button>
              </form>
            )}
          </>
        )}
        <WaitingList waiting={register.waiting} />
      </div>
    </div>
  )
}

/** The session to take the register for: a GET form, so the choice is in the address. */
function ChooseSession({
  eventId,
  sessions,
  chosen,
}: {
  eventId: string
  sessions: Session[]
  chosen: string
}) {
  const [value, setValue] = useState(chosen)
  const navigate = useNavigate()
  const choices = sessions.map((session, index) => ({
    value: session.id,
    text: `Session ${String(index + 1)}: ${formatSession(session)}`,
  }))

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void navigate(withQuery(pathTo(paths.groupProgrammeRegister, { eventId }), { session: value }))
  }

  return (
    <form noValidate method="get" onSubmit={submit}>
      {sessions.length > mostSessionsAsRadios ? (
        <Select
          name="session"
          label="Session"
          labelClassName="govuk-label--m"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
          }}
          options={choices}
        />
      ) : (
        <Radios
          name="session"
          legend="Session"
          legendClassName="govuk-fieldset__legend--m"
          value={value}
          onChange={setValue}
          items={choices.map((choice) => ({ value: choice.value, label: choice.text }))}
        />
      )}
      <Button variant="secondary">Show the register for this session</Button>
    </form>
  )
}

function WaitingList({ waiting }: { waiting: GroupRegister['waiting'] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Waiting list</h2>
      {waiting.length === 0 ? (
        <p className="govuk-body">No one is waiting.</p>
      ) : (
        <ScrollContainer label="Waiting list">
          <Table
            caption={`${String(waiting.length)} ${waiting.length === 1 ? 'booking' : 'bookings'} waiting, in order`}
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Position', format: 'numeric' },
              { text: 'Names' },
              { text: 'Places', format: 'numeric' },
              { text: 'Family reference' },
              { text: 'Waiting since' },
            ]}
            rows={waiting.map((booking) => [
              { text: String(booking.position), format: 'numeric' },
              { text: booking.attendeeNames.join(', ') },
              { text: String(booking.places), format: 'numeric' },
              { text: booking.familyReference ?? '' },
              { text: booking.waitingSince === null ? '' : formatDateTime(booking.waitingSince) },
            ])}
          />
        </ScrollContainer>
      )}
    </>
  )
}
