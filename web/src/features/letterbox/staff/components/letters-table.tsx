import type { staffLetterSummarySchema } from '@asp/bff/contract'
import type { z } from 'zod'
import { paths, pathTo } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { Table } from '../../../../components/table.tsx'
import { LetterProgressTag } from './letterbox-tags.tsx'
import { letterSideNames, receivedText } from './letterbox-words.ts'

type StaffLetterSummary = z.output<typeof staffLetterSummarySchema>

/** Letters of an agreement or a child's letterbox: who wrote, how, when, and where each is. */
export function LettersTable({
  letters,
  label,
}: {
  letters: readonly StaffLetterSummary[]
  label: string
}) {
  if (letters.length === 0) {
    return <p className="govuk-body">No letters yet.</p>
  }
  return (
    <ScrollContainer label={label}>
      <Table
        head={[
          { text: 'From' },
          { text: 'Sent or received' },
          { text: 'How' },
          { text: 'Photos', format: 'numeric' },
          { text: 'Status' },
        ]}
        rows={letters.map((letter) => [
          {
            text: (
              <>
                <Link to={pathTo(paths.letterboxCheckLetter, { letterId: letter.id })}>
                  {letter.fromName}
                  <span className="govuk-visually-hidden">, {receivedText(letter)}</span>
                </Link>
                <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
                  {letterSideNames[letter.fromSide]}
                </span>
              </>
            ),
          },
          { text: receivedText(letter) },
          { text: letter.channel === 'paper' ? 'On paper' : 'Through the portal' },
          { text: String(letter.photoCount), format: 'numeric' },
          { text: <LetterProgressTag progress={letter.progress} /> },
        ])}
      />
    </ScrollContainer>
  )
}
