import type { SupportStatus } from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../../components/tag.tsx'

/** Blue (no colour) for a new request; grey once it is over. */
const colours: Record<SupportStatus, TagColour | undefined> = {
  new: undefined,
  duty_support: 'teal',
  advice_call_booked: 'purple',
  awaiting_allocation: 'yellow',
  allocated: 'green',
  closed: 'grey',
  withdrawn: 'grey',
}

/** Where a request stands, in the plain words the API gives for families and birth relatives. */
export function StatusTag({ status, text }: { status: SupportStatus; text: string }) {
  return <Tag colour={colours[status]}>{text}</Tag>
}
