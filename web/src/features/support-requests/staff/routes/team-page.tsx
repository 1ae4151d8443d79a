import { roleNames } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { paths, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { NotificationBanner } from '../../../../components/notification-banner.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { useSignedInSession } from '../../../session/index.ts'
import { teamViewQueries } from '../api/get-team-view.ts'
import { QueueTable } from '../components/queue-table.tsx'
import { StatusCounts } from '../components/status-counts.tsx'
import { CrisisAlert } from '../components/crisis-alert.tsx'

/**
 * `/support-line/team`: the team's figures for team managers: crises without a worker past the
 * agency's standard, requests by status, overdue and unallocated ones, safeguarding alerts and each
 * worker's caseload.
 */
export function TeamPage() {
  const { data: team } = useSuspenseQuery(teamViewQueries.current())
  const { user } = useSignedInSession()
  usePageTitle('Team')
  const alerts = team.safeguardingAlerts
  const crises = team.crisisOverdue

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <CrisisAlert crises={crises} count={team.crisisOverdueCount} />
        {alerts.length > 0 && (
          <NotificationBanner title="Safeguarding">
            <p className="govuk-notification-banner__heading">
              {alerts.length === 1
                ? '1 open request is flagged as a safeguarding concern.'
                : `${String(alerts.length)} open requests are flagged as safeguarding concerns.`}{' '}
              <a className="govuk-notification-banner__link" href="#safeguarding-alerts">
                See the safeguarding alerts
              </a>
            </p>
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{user.organisationName}</span>
        <h1 className="govuk-heading-l">Team</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <SummaryList
              rows={[
                {
                  key: 'Overdue',
                  value: String(team.overdue),
                },
                {
                  key: 'Crises without a worker',
                  value: (
                    <>
                      {String(team.crisisOverdueCount)}
                      {team.crisisOverdueCount > 0 && (
                        <>
                          <br />
                          <a className="govuk-link" href="#crises-without-a-worker">
                            See the crises without a worker
                          </a>
                        </>
                      )}
                    </>
                  ),
                },
                {
                  key: 'Unallocated',
                  value: (
                    <>
                      {String(team.unallocated)}
                      {team.unallocated > 0 && (
                        <>
                          <br />
                          <Link
                            to={withQuery(paths.supportLineQueue, {
                              status: 'awaiting_allocation',
                            })}
                          >
                            See requests awaiting allocation
                          </Link>
                        </>
                      )}
                    </>
                  ),
                },
                { key: 'Safeguarding alerts', value: String(alerts.length) },
              ]}
            />
          </div>
        </div>
        <StatusCounts counts={team.countsByStatus} caption="Requests by status" />

        <h2 id="crises-without-a-worker" className="govuk-heading-m">
          Crises without a worker
        </h2>
        <p className="govuk-body">
          Crises and safeguarding concerns must have a named worker within the agency’s standard.
        </p>
        {crises.length === 0 ? (
          <p className="govuk-body">Every crisis and safeguarding concern has a worker in time.</p>
        ) : (
          <QueueTable
            items={crises}
            caption={
              crises.length < team.crisisOverdueCount
                ? `Crisis and safeguarding requests without a worker past the standard: the ${String(crises.length)} longest of ${String(team.crisisOverdueCount)}`
                : `Crisis and safeguarding requests without a worker past the standard (${String(crises.length)})`
            }
            captionClassName="govuk-visually-hidden"
            cardHeadingLevel={3}
          />
        )}

        <h2 id="safeguarding-alerts" className="govuk-heading-m">
          Safeguarding alerts
        </h2>
        {alerts.length === 0 ? (
          <p className="govuk-body">No open request is flagged as a safeguarding concern.</p>
        ) : (
          <QueueTable
            items={alerts}
            caption={`Requests flagged as safeguarding concerns (${String(alerts.length)})`}
            captionClassName="govuk-visually-hidden"
            cardHeadingLevel={3}
          />
        )}

        <h2 className="govuk-heading-m">Caseloads</h2>
        {team.workers.length === 0 ? (
          <p className="govuk-body">There are no workers in the team yet.</p>
        ) : (
          <ScrollContainer label="Caseloads">
            <Table
              caption="Each worker’s open cases"
              captionClassName="govuk-visually-hidden"
              firstCellIsHeader
              head={[
                { text: 'Worker' },
                { text: 'Role' },
                { text: 'Open cases', format: 'numeric' },
              ]}
              rows={team.workers.map((worker) => [
                { text: worker.name },
                { text: roleNames[worker.role] },
                { text: String(worker.openCases), format: 'numeric' },
              ])}
            />
          </ScrollContainer>
        )}
      </div>
    </div>
  )
}
