import { groupBookingStatusNames } from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../../components/tag.tsx'

type BookingStatus = keyof typeof groupBookingStatusNames

const colours: Record<BookingStatus, TagColour> = {
  booked: 'green',
  waiting: 'yellow',
  cancelled: 'grey',
}

/**
 * A booking's status in words ("Booked", "On the waiting list", "Cancelled"), never by colour
 * alone; an event staff cancelled says so, whatever the booking was.
 */
export function BookingStatusTag({
  status,
  eventCancelled = false,
}: {
  status: BookingStatus
  eventCancelled?: boolean
}) {
  if (eventCancelled) {
    return <Tag colour="red">Event cancelled</Tag>
  }
  return <Tag colour={colours[status]}>{groupBookingStatusNames[status]}</Tag>
}
