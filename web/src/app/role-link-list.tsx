import { Link } from '../components/link.tsx'
import type { RoleLink } from './role-links.ts'

/** Places a role can go, each a link as a small heading with what it is for under it. */
export function RoleLinkList({ links, headingLevel }: { links: RoleLink[]; headingLevel: 2 | 3 }) {
  const Heading = `h${String(headingLevel)}` as 'h2'
  return links.map((link) => (
    <div key={link.href}>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link to={link.href}>{link.text}</Link>
      </Heading>
      <p className="govuk-body">{link.description}</p>
    </div>
  ))
}
