import { agreementStatusNames, type AgreementStatus, type LetterProgress } from '@asp/bff/contract'
import { Tag } from '../../../../components/tag.tsx'
import { agreementStatusColours, progressColours, staffProgressNames } from './letterbox-words.ts'

/** An agreement's status as a GOV.UK tag: active, paused or ended. */
export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  return <Tag colour={agreementStatusColours[status]}>{agreementStatusNames[status]}</Tag>
}

/** Where a letter is, as a GOV.UK tag in staff words. */
export function LetterProgressTag({ progress }: { progress: LetterProgress }) {
  return <Tag colour={progressColours[progress]}>{staffProgressNames[progress]}</Tag>
}
