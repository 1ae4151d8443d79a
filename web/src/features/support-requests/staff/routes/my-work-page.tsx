import { useSuspenseQuery } from '@tanstack/react-query'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { useSignedInSession } from '../../../session/index.ts'
import { myWorkQueries } from '../api/get-my-work.ts'
import { MyAssessments } from '../components/my-assessments.tsx'
import { QueueTable } from '../components/queue-table.tsx'
import { StatusCounts } from '../components/status-counts.tsx'
import { hasOwnAssessments } from './support-line-roles.ts'

/**
 * `/support-line/my-work`: the requests allocated to the signed-in worker, overdue first, then
 * (for those who carry them out) their open assessments of need.
 */
export function MyWorkPage() {
  const { data: work } = useSuspenseQuery(myWorkQueries.mine())
  const { user } = useSignedInSession()
  usePageTitle('My work')
  const open = work.items.length

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">{user.name}</span>
        <h1 className="govuk-heading-l">My work</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <SummaryList
              rows={[
                { key: 'Your requests', value: String(open) },
                {
                  key: 'Overdue',
                  value: String(work.overdue),
                },
              ]}
            />
          </div>
        </div>
        {open === 0 ? (
          <p className="govuk-body">
            You have no requests. New requests wait in the{' '}
            <Link to={paths.supportLineQueue}>triage queue</Link>.
          </p>
        ) : (
          <QueueTable items={work.items} caption={`Your requests (${String(open)})`} />
        )}
        <StatusCounts counts={work.counts} caption="Your requests by status" />
        {hasOwnAssessments(user.role) && <MyAssessments />}
      </div>
    </div>
  )
}
