import { supportStatusNames, type SupportStatus } from '@asp/bff/contract'
import { Tag } from '../../../../components/tag.tsx'
import { statusColours } from './support-request-words.ts'

/** A request's status as a GOV.UK tag, in staff words. */
export function StatusTag({ status }: { status: SupportStatus }) {
  return <Tag colour={statusColours[status]}>{supportStatusNames[status]}</Tag>
}

/** The red tag of a request flagged as a safeguarding concern. */
export function SafeguardingTag() {
  return <Tag colour="red">Safeguarding</Tag>
}
