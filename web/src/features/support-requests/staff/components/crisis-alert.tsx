import type { QueueItem } from '@asp/bff/contract'
import { useQuery } from '@tanstack/react-query'
import { paths, pathTo } from '../../../../app/paths.ts'
import { Link } from '../../../../components/link.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { teamViewQueries } from '../api/get-team-view.ts'
import { Tag } from '../../../../components/tag.tsx'
import { timeLeftOf } from './support-request-words.ts'

/**
 * The crises and safeguarding concerns still without a worker past the agency's standard, each
 * with how overdue it is (the longest first), in an important banner; nothing when there are none.
 */
export function CrisisAlert({ crises, count }: { crises: QueueItem[]; count: number }) {
  if (count === 0) {
    return null
  }
  return (
    <NotificationBanner title="Crises without a worker" titleId="crisis-alert-title">
      <p className="govuk-notification-banner__heading">
        {count === 1
          ? '1 crisis or safeguarding request has no worker, past the agency’s standard.'
          : `${String(count)} crisis or safeguarding requests have no worker, past the agency’s standard.`}
      </p>
      <ul className="govuk-list">
        {crises.map((item) => (
          <li key={item.id}>
            <Link
              to={pathTo(paths.supportLineRequest, { supportRequestId: item.id })}
              className="govuk-notification-banner__link"
            >
              {item.reference}
            </Link>
            , {item.localAuthorityName}:{' '}
            <Tag colour="red" className="app-tag--unwrapped">
              {timeLeftOf(item.due).text}
            </Tag>
          </li>
        ))}
      </ul>
    </NotificationBanner>
  )
}

/** The crisis alert on a team manager's home page, from the team view. */
export function HomeCrisisAlert() {
  const team = useQuery(teamViewQueries.current())
  return (
    <CrisisAlert
      crises={team.data?.crisisOverdue ?? []}
      count={team.data?.crisisOverdueCount ?? 0}
    />
  )
}
