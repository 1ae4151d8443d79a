import type { assessmentTimelinessSchema } from '@asp/bff/contract'
import type { z } from 'zod'
import { SummaryList } from '../../../../components/summary-list.tsx'

type Timeliness = z.infer<typeof assessmentTimelinessSchema>

function count(number: number, one: string, many: string): string {
  return `${String(number)} ${number === 1 ? one : many}`
}

/** The manager's view of timeliness: how many assessments and plans wait, are late or are due. */
export function TimelinessFigures({ figures }: { figures: Timeliness }) {
  return (
    <>
      <h2 className="govuk-heading-m">How assessments stand</h2>
      <SummaryList
        rows={[
          {
            key: 'Waiting to start',
            value: `${count(figures.waitingToStart, 'assessment', 'assessments')}, ${String(figures.waitingPastStandard)} past the standard`,
          },
          {
            key: 'In progress',
            value: `${count(figures.inProgress, 'assessment', 'assessments')}, ${String(figures.inProgressPastTarget)} past the target date`,
          },
          {
            key: 'Waiting for sign-off',
            value: count(figures.awaitingSignOff, 'assessment', 'assessments'),
          },
          {
            key: 'Waiting for the family',
            value: count(figures.awaitingResponse, 'assessment', 'assessments'),
          },
          {
            key: 'Ready for a decision',
            value: count(figures.readyForDecision, 'assessment', 'assessments'),
          },
          {
            key: 'Plan reviews',
            value: `${String(figures.reviewsDueSoon)} due soon, ${String(figures.reviewsOverdue)} overdue`,
          },
        ]}
      />
    </>
  )
}
