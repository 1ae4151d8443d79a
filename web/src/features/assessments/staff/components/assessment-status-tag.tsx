import { assessmentStatusNames, type AssessmentStatus } from '@asp/bff/contract'
import { Tag } from '../../../../components/tag.tsx'
import { assessmentStatusColours } from './assessment-words.ts'

/** Where an assessment is, as a GOV.UK tag. */
export function AssessmentStatusTag({ status }: { status: AssessmentStatus }) {
  return <Tag colour={assessmentStatusColours[status]}>{assessmentStatusNames[status]}</Tag>
}
