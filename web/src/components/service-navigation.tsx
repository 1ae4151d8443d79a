import type { ReactNode } from 'react'
import { Anchor } from './anchor.tsx'
import { classNames } from './class-names.ts'

export interface ServiceNavigationItem {
  href: string
  text: ReactNode
  /** This item is the page shown (`aria-current="page"`). */
  current?: boolean
  /** This item's section contains the page shown (`aria-current="true"`). */
  active?: boolean
}

export interface ServiceNavigationProps {
  serviceName?: string
  serviceHref?: string
  items?: ServiceNavigationItem[]
  navigationId?: string
  navigationLabel?: string
  menuButtonText?: string
}

/**
 * GOV.UK Service navigation. GOV.UK Frontend's JavaScript (started in the layout) turns the menu
 * into a toggle on small screens; the button stays hidden without it.
 */
export function ServiceNavigation({
  serviceName,
  serviceHref,
  items = [],
  navigationId = 'navigation',
  navigationLabel,
  menuButtonText = 'Menu',
}: ServiceNavigationProps) {
  const content = (
    <div className="govuk-width-container">
      <div className="govuk-service-navigation__container">
        {serviceName !== undefined && (
          <span className="govuk-service-navigation__service-name">
            {serviceHref === undefined ? (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            ) : (
              <Anchor href={serviceHref} className="govuk-service-navigation__link">
                {serviceName}
              </Anchor>
            )}
          </span>
        )}
        {items.length > 0 && (
          <nav
            aria-label={navigationLabel ?? menuButtonText}
            className="govuk-service-navigation__wrapper"
          >
            {items.length > 1 && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {items.map((item) => {
                const isActive = item.current === true || item.active === true
                return (
                  <li
                    key={item.href}
                    className={classNames(
                      'govuk-service-navigation__item',
                      isActive && 'govuk-service-navigation__item--active',
                    )}
                  >
                    <Anchor
                      href={item.href}
                      className="govuk-service-navigation__link"
                      aria-current={item.current === true ? 'page' : isActive ? 'true' : undefined}
                    >
                      {isActive ? (
                        <strong className="govuk-service-navigation__active-fallback">
                          {item.text}
                        </strong>
                      ) : (
                        item.text
                      )}
                    </Anchor>
                  </li>
                )
              })}
            </ul>
          </nav>
        )}
      </div>
    </div>
  )

  if (serviceName !== undefined) {
    return (
      <section
        aria-label="Service information"
        className="govuk-service-navigation"
        data-module="govuk-service-navigation"
      >
        {content}
      </section>
    )
  }
  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      {content}
    </div>
  )
}
