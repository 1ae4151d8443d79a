import { useSuspenseQuery } from '@tanstack/react-query'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Link } from '../../../../components/link.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { formatDateTime } from '../../../../lib/dates.ts'
import { mySupportRequestQueries } from '../api/get-my-support-request.ts'
import { AnswerList } from '../components/answer-list.tsx'
import { useSignedInSession } from '../../../session/index.ts'
import { StatusTag } from '../components/status-tag.tsx'
import { categoryNameFor } from './support-request-roles.ts'

/** "1 unread message", "3 unread messages" or "No unread messages". */
export function unreadText(count: number): string {
  if (count === 0) {
    return 'No unread messages'
  }
  return `${String(count)} unread ${count === 1 ? 'message' : 'messages'}`
}

/**
 * `/support/requests`: the requests for support an adoptive parent or birth relative has sent,
 * newest first, as summary cards that fit a phone.
 */
export function MySupportRequestsPage() {
  const {
    data: { requests },
  } = useSuspenseQuery(mySupportRequestQueries.list())
  const categoryName = categoryNameFor(useSignedInSession().user.role)
  usePageTitle('Your requests')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.home}>Back to your account</BackLink>
        <h1 className="govuk-heading-l">Your requests</h1>
        {requests.length === 0 ? (
          <p className="govuk-body">You have not asked for support yet.</p>
        ) : (
          <p className="govuk-body">
            These are the requests for support you have sent, newest first. Open one to see what has
            happened, read messages from the team and reply.
          </p>
        )}
        <Button
          href={paths.askForSupport}
          variant={requests.length === 0 ? 'primary' : 'secondary'}
        >
          Ask for support
        </Button>
        {requests.map((request) => {
          const rows: SummaryListRow[] = [
            {
              key: 'What it is about',
              value: <AnswerList items={request.categories.map(categoryName)} />,
            },
            {
              key: 'Status',
              value: <StatusTag status={request.status} text={request.statusText} />,
            },
            { key: 'Received', value: formatDateTime(request.receivedAt) },
          ]
          if (request.workerName !== null) {
            rows.push({ key: 'Support worker', value: request.workerName })
          }
          rows.push({ key: 'Messages', value: unreadText(request.unreadMessages) })
          return (
            <SummaryList
              key={request.id}
              card={{
                title: (
                  <Link to={pathTo(paths.mySupportRequest, { supportRequestId: request.id })}>
                    {request.reference}
                  </Link>
                ),
                headingLevel: 2,
              }}
              rows={rows}
            />
          )
        })}
        <p className="govuk-body">
          When we assess your support needs, you can follow the assessment and read your support
          plan in <Link to={paths.myAssessments}>Your assessment and plan</Link>.
        </p>
      </div>
    </div>
  )
}
