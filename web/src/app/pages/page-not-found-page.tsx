import { Link } from '../../components/link.tsx'
import { paths } from '../paths.ts'
import { usePageTitle } from '../use-page-title.ts'

/** GOV.UK "Page not found" pattern. */
export function PageNotFoundPage() {
  usePageTitle('Page not found')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          If you pasted the web address, check you copied the entire address.
        </p>
        <p className="govuk-body">
          If the web address is correct or you selected a link or button, contact your adoption
          support team if you need to speak to someone about adoption support.
        </p>
        <p className="govuk-body">
          <Link to={paths.start}>Go to the start page</Link>
        </p>
      </div>
    </div>
  )
}
