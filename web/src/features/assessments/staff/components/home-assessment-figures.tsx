import type { assessmentTimelinessSchema } from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import { paths, withQuery } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { timelinessQueries } from '../api/get-assessment-timeliness.ts'

type Timeliness = z.infer<typeof assessmentTimelinessSchema>

type Filters = { view?: 'late'; status?: string }

/**
 * Each figure: its name, how many, the lists (with their link text) that show them, and the words
 * when the number alone does not say it.
 */
const rows: [
  key: string,
  count: (figures: Timeliness) => number,
  links: [string, Filters][],
  words?: (figures: Timeliness) => string,
][] = [
  [
    'Waiting to start',
    (f) => f.waitingToStart,
    [['See assessments waiting to start', { status: 'waiting' }]],
  ],
  [
    'Not started within the standard',
    (f) => f.waitingPastStandard,
    [['See assessments not started in time', { view: 'late', status: 'waiting' }]],
  ],
  [
    'In progress past the target date',
    (f) => f.inProgressPastTarget,
    [['See the late assessments', { view: 'late' }]],
  ],
  [
    'Waiting for sign-off',
    (f) => f.awaitingSignOff,
    [['See assessments waiting for sign-off', { status: 'awaiting_sign_off' }]],
  ],
  [
    'Waiting for the family’s response',
    (f) => f.awaitingResponse,
    [['See proposed decisions sent', { status: 'proposal_sent' }]],
  ],
  [
    'Ready for a decision',
    (f) => f.readyForDecision,
    [
      ['See responses received', { status: 'response_received' }],
      ['See proposals whose time to respond has ended', { view: 'late', status: 'proposal_sent' }],
    ],
  ],
  [
    'Plan reviews',
    (f) => f.reviewsOverdue + f.reviewsDueSoon,
    [['See decided assessments and their plans', { status: 'decided' }]],
    (f) => `${String(f.reviewsOverdue)} overdue, ${String(f.reviewsDueSoon)} due soon`,
  ],
]

/**
 * A team manager's figures on timeliness, against the agency's standards in working days: what
 * waits, what is late and what needs them; each, when there is any, linked to the assessments
 * that make it up (a plan is reached from its decided assessment).
 */
export function AssessmentFiguresSummary({ figures }: { figures: Timeliness }) {
  return (
    <>
      <h2 className="govuk-heading-m">How assessments stand</h2>
      <SummaryList
        rows={rows.map(([key, countOf, links, words]) => {
          const count = countOf(figures)
          return {
            key,
            value: (
              <>
                {words ? words(figures) : String(count)}
                {count > 0 &&
                  links.map(([text, filters]) => (
                    <span key={text} className="govuk-!-display-block">
                      <Link
                        to={withQuery(paths.needsAssessments, {
                          view: filters.view ?? 'all',
                          status: filters.status,
                        })}
                      >
                        {text}
                      </Link>
                    </span>
                  ))}
              </>
            ),
          }
        })}
      />
    </>
  )
}

/** The figures on a team manager's home page: nothing until they have come (or if they fail). */
export function HomeAssessmentFigures() {
  const { data: figures } = useQuery(timelinessQueries.figures())
  return figures === undefined ? null : <AssessmentFiguresSummary figures={figures} />
}
