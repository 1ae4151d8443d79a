import { letterProgressNames, type LetterProgress } from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../../components/tag.tsx'

/** Blue (no colour) once the agency has it; orange when the writer has something to do. */
const colours: Record<LetterProgress, TagColour | undefined> = {
  draft: 'grey',
  received: undefined,
  being_checked: 'teal',
  returned: 'orange',
  released: 'green',
  read: 'green',
  withheld: 'red',
}

/** Where a letter is, in the contract's words ("Being checked", "Passed on"), never by colour alone. */
export function LetterProgressTag({ progress }: { progress: LetterProgress }) {
  return <Tag colour={colours[progress]}>{letterProgressNames[progress]}</Tag>
}
