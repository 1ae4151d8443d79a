import { cancelGroupEventSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { WarningText } from '../../../../components/warning-text.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useCancelGroupEvent } from '../api/cancel-group-event.ts'
import { groupEventQueries } from '../api/get-group-event.ts'
import { groupProgrammeNoticeState } from '../components/group-programme-notice.tsx'
import { UnlessCancelled } from './event-form-pages.tsx'
import { isChangedBySomeoneElse } from './event-form.tsx'

const fields = ['reason'] as const

/** `/group-programme/:eventId/cancel`: cancel an event, saying why; everyone booked is told. */
export function CancelEventPage() {
  return <UnlessCancelled>{(eventId) => <CancelEventForm eventId={eventId} />}</UnlessCancelled>
}

function CancelEventForm({ eventId }: { eventId: string }) {
  const { data: event } = useSuspenseQuery(groupEventQueries.detail(eventId))
  const [reason, setReason] = useState('')
  const form = useFormErrors(fields)
  const queryClient = useQueryClient()
  const eventHref = pathTo(paths.groupProgrammeEvent, { eventId })
  const { onSubmit } = useFormSubmit(form, {
    schema: cancelGroupEventSchema,
    values: () => ({ version: event.version, reason }),
    mutation: useCancelGroupEvent(eventId),
    navigateTo: () => ({ to: eventHref, state: groupProgrammeNoticeState('cancelled') }),
    onError: (error) => {
      form.showApiError(error, (apiError) =>
        isChangedBySomeoneElse(apiError)
          ? 'This event was changed by someone else while you were cancelling it. Check the event, then cancel it again if you still need to.'
          : undefined,
      )
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({
          queryKey: groupEventQueries.detail(eventId).queryKey,
        })
      }
    },
  })
  usePageTitle('Cancel the event', { hasError: form.hasErrors })

  const booked = event.placesBooked
  const waiting = event.waitingCount
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={eventHref}>Back to the event</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{event.title}</span>
        <h1 className="govuk-heading-l">Cancel the event</h1>
        <p className="govuk-body">
          {booked === 1 ? '1 place is booked' : `${String(booked)} places are booked`} and{' '}
          {waiting === 1 ? '1 booking is' : `${String(waiting)} bookings are`} on the waiting list.
        </p>
        <WarningText>Everyone booked or waiting will be emailed</WarningText>
        <form noValidate onSubmit={onSubmit}>
          <Textarea
            name="reason"
            label="Why is the event cancelled?"
            labelClassName="govuk-label--m"
            hint="For example, the venue is closed for repairs."
            value={reason}
            errorMessage={form.errorFor('reason')}
            onChange={(changed) => {
              setReason(changed.target.value)
            }}
          />
          <div className="govuk-button-group">
            <Button variant="warning" preventDoubleClick>
              Cancel event
            </Button>
            <Link to={eventHref}>Keep the event</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
