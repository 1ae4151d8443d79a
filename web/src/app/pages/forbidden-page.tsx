import { Link } from '../../components/link.tsx'
import { paths } from '../paths.ts'
import { usePageTitle } from '../use-page-title.ts'

/** For a page the reader's role cannot use. */
export function ForbiddenPage() {
  usePageTitle('You do not have permission to view this page')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to view this page</h1>
        <p className="govuk-body">
          If you think you should be able to, contact your team manager or the service
          administrator.
        </p>
        <p className="govuk-body">
          <Link to={paths.home}>Go to your account</Link>
        </p>
      </div>
    </div>
  )
}
