import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Link } from '../../../../components/link.tsx'
import { Panel } from '../../../../components/panel.tsx'
import { myLetterQueries, parseLetterId } from '../api/get-my-letter.ts'

/**
 * `/letterbox/letters/:letterId/sent`: the confirmation once a letter is with the agency, and what
 * happens next. The agency sets no fixed time for checking, so the page promises none.
 */
export function LetterSentPage() {
  const letterId = parseLetterId(useParams())
  const { data: letter } = useSuspenseQuery(myLetterQueries.detail(letterId))
  usePageTitle('Letter sent for checking')

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.letterbox}>Back to your letterbox</BackLink>
        <Panel title="Letter sent for checking">
          <span className="app-break-words">Your letter to {letter.toName}</span>
        </Panel>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The adoption agency reads every letter before it is passed on, to check it is safe to
          share.
        </p>
        <p className="govuk-body">
          We will tell you when it has been passed on, or if anything needs to change.
        </p>
        <ul className="govuk-list">
          <li>
            <Link to={pathTo(paths.letterboxLetter, { letterId })}>Follow your letter</Link>
          </li>
          <li>
            <Link to={paths.letterbox}>Go to your letterbox</Link>
          </li>
        </ul>
      </div>
    </div>
  )
}
