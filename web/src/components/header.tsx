import { Link as RouterLink } from 'react-router'
import { classNames } from './class-names.ts'

export interface HeaderProps {
  /** Shown as the header's logo text and linked to `homeHref`. */
  serviceName: string
  homeHref?: string
  fullWidth?: boolean
}

/**
 * GOV.UK Frontend's Generic header, the header for services that are not on GOV.UK: no crown, no
 * GOV.UK logotype. A council service must not use the GOV.UK header.
 */
export function Header({ serviceName, homeHref = '/', fullWidth = false }: HeaderProps) {
  return (
    <div className="govuk-generic-header">
      <div
        className={classNames(
          'govuk-generic-header__container',
          fullWidth ? 'govuk-generic-header__container--full-width' : 'govuk-width-container',
        )}
      >
        <div className="govuk-generic-header__logo">
          <RouterLink to={homeHref} className="govuk-generic-header__homepage-link">
            {serviceName}
          </RouterLink>
        </div>
      </div>
    </div>
  )
}
