import type { MouseEventHandler, ReactNode } from 'react'
import { Anchor } from './anchor.tsx'
import { classNames } from './class-names.ts'

export interface BackLinkProps {
  href: string
  children?: ReactNode
  /** Use `govuk-back-link--inverse` on dark backgrounds. */
  inverse?: boolean
  onClick?: MouseEventHandler<HTMLAnchorElement>
}

/** GOV.UK back link: place it before `<main>`, at the top of the width container. */
export function BackLink({ href, children = 'Back', inverse = false, onClick }: BackLinkProps) {
  return (
    <Anchor
      href={href}
      className={classNames('govuk-back-link', inverse && 'govuk-back-link--inverse')}
      onClick={onClick}
    >
      {children}
    </Anchor>
  )
}
