import { Navigate, useLocation } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { Link } from '../../../../components/link.tsx'
import { Panel } from '../../../../components/panel.tsx'
import { formatDate, formatDateTime } from '../../../../lib/dates.ts'
import { EmergencyWarning } from '../components/emergency-warning.tsx'
import { readRequestSentState } from './request-sent-state.ts'

/**
 * `/support/ask/request-sent`: the confirmation, with the reference and when to expect a reply.
 * Opened any other way than by sending a request, it shows the requests instead.
 */
export function RequestSentPage() {
  const sent = readRequestSentState(useLocation().state)
  usePageTitle('Request sent')

  if (sent === undefined) {
    return <Navigate to={paths.mySupportRequests} replace />
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Request sent">
          Your reference number
          <br />
          <strong>{sent.reference}</strong>
        </Panel>
        <p className="govuk-body">We have sent your request to your adoption support team.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        {sent.outsideDutyHours && sent.dutyOpensAt !== null && (
          <p className="govuk-body">
            We received your request outside our office hours. The duty team will read it when they
            are back on {formatDateTime(sent.dutyOpensAt)}.
          </p>
        )}
        <p className="govuk-body">You can expect a reply by {formatDate(sent.expectedReplyBy)}.</p>
        <EmergencyWarning />
        <p className="govuk-body">
          You can follow your request, read messages from the team and reply to them in your
          requests.
        </p>
        <p className="govuk-body">
          <Link to={paths.mySupportRequests}>Your requests</Link>
        </p>
      </div>
    </div>
  )
}
