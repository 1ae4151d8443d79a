import type { ManagedGroupEvent } from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../../components/tag.tsx'

type EventState = Pick<ManagedGroupEvent, 'status' | 'placesLeft'>

/** An event's status in staff words: a published event with no places left is "Full". */
export function eventStatusName(event: EventState): string {
  if (event.status === 'published' && event.placesLeft <= 0) {
    return 'Full'
  }
  return { planned: 'Planned', published: 'Published', cancelled: 'Cancelled' }[event.status]
}

const colours: Record<string, TagColour | undefined> = {
  Planned: 'grey',
  Published: 'green',
  Full: 'orange',
  Cancelled: 'red',
}

/** An event's status as a GOV.UK tag. */
export function EventStatusTag({ event }: { event: EventState }) {
  const name = eventStatusName(event)
  return <Tag colour={colours[name]}>{name}</Tag>
}
