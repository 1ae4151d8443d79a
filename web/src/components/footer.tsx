import type { ReactNode } from 'react'
import { Anchor } from './anchor.tsx'

export interface FooterLink {
  href: string
  text: ReactNode
}

export interface FooterProps {
  /** The support links: accessibility statement, privacy notice and the like. */
  links?: FooterLink[]
  linksTitle?: string
  /** A sentence under the links, such as who runs the service. */
  children?: ReactNode
  /** Shown where GOV.UK puts "© Crown copyright", without the royal coat of arms. */
  copyright?: ReactNode
}

/**
 * GOV.UK footer markup without the crown, the royal coat of arms and the Open Government Licence:
 * councils run this service, their content is not Crown copyright, and the crown is for GOV.UK.
 */
export function Footer({
  links = [],
  linksTitle = 'Support links',
  children,
  copyright,
}: FooterProps) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{linksTitle}</h2>
            {links.length > 0 && (
              <ul className="govuk-footer__inline-list">
                {links.map((link) => (
                  <li key={link.href} className="govuk-footer__inline-list-item">
                    <Anchor className="govuk-footer__link" href={link.href}>
                      {link.text}
                    </Anchor>
                  </li>
                ))}
              </ul>
            )}
            {children !== undefined && <div className="govuk-footer__meta-custom">{children}</div>}
          </div>
          {copyright !== undefined && <div className="govuk-footer__meta-item">{copyright}</div>}
        </div>
      </div>
    </div>
  )
}
