import { planStatusNames, type PlanStatus } from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../../components/tag.tsx'

const colours: Record<PlanStatus, TagColour> = {
  draft: 'yellow',
  active: 'green',
  closed: 'grey',
}

/** Where a support plan is: a draft (the family cannot see it yet), active or closed. */
export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag colour={colours[status]}>{planStatusNames[status]}</Tag>
}
