import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { useCreateGroupEvent } from '../api/create-group-event.ts'
import { groupEventQueries, parseEventId } from '../api/get-group-event.ts'
import { useUpdateGroupEvent } from '../api/update-group-event.ts'
import { groupProgrammeNoticeState } from '../components/group-programme-notice.tsx'
import { EventForm } from './event-form.tsx'
import { emptyEventFormValues, eventFormValuesOf } from './event-form-values.ts'

/** `/group-programme/new`: create an event, with its sessions or as a course with no dates yet. */
export function NewEventPage() {
  const {
    data: { areas },
  } = useSuspenseQuery(groupEventQueries.list({}))
  const [initial] = useState(emptyEventFormValues)
  const create = useCreateGroupEvent()
  return (
    <EventForm
      title="Create an event"
      before={<BackLink href={paths.groupProgramme}>Back to groups and training</BackLink>}
      initial={initial}
      areas={areas}
      submitText="Create event"
      mutation={create}
      bodyOf={(input) => input}
      navigateTo={(event) => ({
        to: pathTo(paths.groupProgrammeEvent, { eventId: event.id }),
        state: groupProgrammeNoticeState('created'),
      })}
      cancelLink={<Link to={paths.groupProgramme}>Go back without saving</Link>}
    />
  )
}

/** `/group-programme/:eventId/edit`: change an event and its sessions, or publish its dates. */
export function EditEventPage() {
  return <UnlessCancelled>{(eventId) => <EditEventForm eventId={eventId} />}</UnlessCancelled>
}

function EditEventForm({ eventId }: { eventId: string }) {
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const {
    data: { areas },
  } = useSuspenseQuery(groupEventQueries.list({}))
  const [initial] = useState(() => eventFormValuesOf(event))
  const update = useUpdateGroupEvent(eventId)
  const queryClient = useQueryClient()
  const eventHref = pathTo(paths.groupProgrammeEvent, { eventId })
  // The event's own area, even if this member of staff no longer works for it.
  const choices =
    event.localAuthorityId === null || areas.some((area) => area.id === event.localAuthorityId)
      ? areas
      : [...areas, { id: event.localAuthorityId, name: event.localAuthorityName ?? 'Its area' }]
  return (
    <EventForm
      title="Change the event"
      caption={event.title}
      before={<BackLink href={eventHref}>Back to the event</BackLink>}
      initial={initial}
      areas={choices}
      submitText="Save changes"
      canPlan={event.status === 'planned'}
      mutation={update}
      // The version as the page has it now: after a 409 the event is fetched again.
      bodyOf={(input) => ({ version: event.version, event: input })}
      navigateTo={() => ({ to: eventHref, state: groupProgrammeNoticeState('updated') })}
      onConflict={() => {
        void queryClient.invalidateQueries({
          queryKey: groupEventQueries.detail(eventId).queryKey,
        })
      }}
      cancelLink={<Link to={eventHref}>Go back without saving</Link>}
    />
  )
}

/**
 * A page that changes an event: its form (`children`, given the event's id), unless the event was
 * cancelled when the page opened. It is asked once: after a 409 the form stays, with what was
 * typed, whatever the event is now.
 */
export function UnlessCancelled({ children }: { children: (eventId: string) => ReactNode }) {
  const eventId = parseEventId(useParams())
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const [wasCancelled] = useState(event.status === 'cancelled')
  if (wasCancelled) {
    return <CannotChangeCancelled eventId={eventId} title={event.title} />
  }
  return children(eventId)
}

/** A cancelled event stays as it was: an old link to change it says so. */
function CannotChangeCancelled({ eventId, title }: { eventId: string; title: string }) {
  usePageTitle('This event has been cancelled')
  const href = pathTo(paths.groupProgrammeEvent, { eventId })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={href}>Back to the event</BackLink>
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l">This event has been cancelled</h1>
        <p className="govuk-body">A cancelled event cannot be changed or cancelled again.</p>
        <p className="govuk-body">
          <Link to={href}>Go back to the event</Link>
        </p>
      </div>
    </div>
  )
}
