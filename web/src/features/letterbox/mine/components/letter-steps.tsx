import type { MyLetter } from '@asp/bff/contract'
import type { ReactNode } from 'react'
import { Tag } from '../../../../components/tag.tsx'
import { formatDay } from './letterbox-words.ts'

type StepState = 'done' | 'now' | 'not_yet'

export interface LetterStep {
  name: string
  state: StepState
  /** When it happened, if the letter says. */
  at?: string | null
  /** What the writer needs to know: the agency's reason, say. */
  detail?: ReactNode
}

type SentLetter = Pick<MyLetter, 'progress' | 'submittedAt' | 'releasedAt' | 'readAt'>

/**
 * Where a sent letter is, as the steps it goes through: received by the agency, being checked,
 * then returned, not passed on, or passed on and read. `returned` is the step that carries the
 * reason and the link to change it.
 */
export function letterSteps(letter: SentLetter, returned?: ReactNode): LetterStep[] {
  const { progress } = letter
  const steps: LetterStep[] = [
    { name: 'Received by the agency', state: 'done', at: letter.submittedAt },
    {
      name: 'Being checked',
      state: progress === 'received' ? 'not_yet' : progress === 'being_checked' ? 'now' : 'done',
    },
  ]
  if (progress === 'returned') {
    return [...steps, { name: 'Returned to you', state: 'now', detail: returned }]
  }
  if (progress === 'withheld') {
    return [
      ...steps,
      {
        name: 'Not passed on',
        state: 'done',
        detail: (
          <p className="govuk-body govuk-!-margin-bottom-0">
            The agency has decided not to pass this letter on. They will be in touch with you.
          </p>
        ),
      },
    ]
  }
  const passedOn = progress === 'released' || progress === 'read'
  return [
    ...steps,
    { name: 'Passed on', state: passedOn ? 'done' : 'not_yet', at: letter.releasedAt },
    { name: 'Read', state: progress === 'read' ? 'done' : 'not_yet', at: letter.readAt },
  ]
}

const stateTags: Record<StepState, ReactNode> = {
  done: <Tag colour="green">Done</Tag>,
  now: <Tag>Now</Tag>,
  not_yet: <Tag colour="grey">Not yet</Tag>,
}

/** The steps as an ordered list, each with its status in words and its date where known. */
export function LetterSteps({ steps }: { steps: LetterStep[] }) {
  return (
    <ol className="govuk-list govuk-list--number govuk-list--spaced">
      {steps.map((step) => (
        <li key={step.name}>
          <span className="govuk-!-font-weight-bold">{step.name}</span> {stateTags[step.state]}
          {step.state === 'done' && step.at !== undefined && step.at !== null && (
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              <time dateTime={step.at}>{formatDay(step.at)}</time>
            </p>
          )}
          {step.detail}
        </li>
      ))}
    </ol>
  )
}
