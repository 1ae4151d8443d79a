import type { ComponentPropsWithRef } from 'react'
import { Link as RouterLink } from 'react-router'
import type { AppHref } from '../app/paths.ts'
import { classNames } from './class-names.ts'

export type LinkStyle = 'muted' | 'text-colour' | 'inverse' | 'no-underline' | 'no-visited-state'

export interface LinkProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  /** A path from the typed table in `app/paths.ts`, or one built by `pathTo`. */
  to: AppHref
  /** GOV.UK link modifiers, such as `no-visited-state` for links to actions. */
  styles?: LinkStyle[]
  /** Adds the target and the words "(opens in new tab)". Use sparingly. */
  opensInNewTab?: boolean
  /** History state for the page linked to, as React Router's `Link` takes it. */
  state?: unknown
}

/** A `govuk-link` to a page of this app, navigated on the client by React Router. */
export function Link({
  to,
  styles = [],
  opensInNewTab = false,
  className,
  children,
  ...props
}: LinkProps) {
  return (
    <RouterLink
      to={to}
      className={classNames(
        'govuk-link',
        ...styles.map((style) => `govuk-link--${style}`),
        className,
      )}
      {...(opensInNewTab ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
      {...props}
    >
      {children}
      {opensInNewTab && ' (opens in new tab)'}
    </RouterLink>
  )
}
