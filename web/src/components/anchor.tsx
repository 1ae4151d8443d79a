import type { ComponentPropsWithRef } from 'react'
import { Link as RouterLink } from 'react-router'

export interface AnchorProps extends Omit<ComponentPropsWithRef<'a'>, 'href'> {
  href: string
}

/**
 * The `<a>` inside GOV.UK components: a client-side router link for paths of this app (`/…`), a
 * plain anchor for fragments (`#field-id`), other sites and `mailto:`.
 */
export function Anchor({ href, children, ...props }: AnchorProps) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <RouterLink to={href} {...props}>
        {children}
      </RouterLink>
    )
  }
  return (
    <a href={href} {...props}>
      {children}
    </a>
  )
}
