import type { ReactNode } from 'react'
import { Anchor } from './anchor.tsx'
import { classNames } from './class-names.ts'

export interface PaginationLink {
  href: string
  /** Defaults to "Previous page" or "Next page" (with "page" visually hidden). */
  text?: ReactNode
  /** For block pagination between pages of a sequence: the title of the page linked to. */
  labelText?: string
}

export type PaginationItem =
  | { number: number; href: string; current?: boolean; visuallyHiddenText?: string }
  | { ellipsis: true }

export interface PaginationProps {
  previous?: PaginationLink
  next?: PaginationLink
  /** Numbered pages; without them the links are shown as a block (previous above next). */
  items?: PaginationItem[]
  landmarkLabel?: string
}

const arrowPaths = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
}

function Arrow({ type }: { type: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrowPaths[type]} />
    </svg>
  )
}

function ArrowLink({
  link,
  type,
  blockLevel,
}: {
  link: PaginationLink
  type: 'prev' | 'next'
  blockLevel: boolean
}) {
  const defaultText = (
    <>
      {type === 'prev' ? 'Previous' : 'Next'}
      <span className="govuk-visually-hidden"> page</span>
    </>
  )
  const hasLabel = blockLevel && link.labelText !== undefined
  return (
    <div className={`govuk-pagination__${type}`}>
      <Anchor className="govuk-link govuk-pagination__link" href={link.href} rel={type}>
        {(blockLevel || type === 'prev') && <Arrow type={type} />}
        <span
          className={classNames(
            'govuk-pagination__link-title',
            blockLevel && link.labelText === undefined && 'govuk-pagination__link-title--decorated',
          )}
        >
          {link.text ?? defaultText}
        </span>
        {hasLabel && (
          <>
            {' '}
            <span className="govuk-visually-hidden">:</span>{' '}
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!blockLevel && type === 'next' && <Arrow type={type} />}
      </Anchor>
    </div>
  )
}

/** GOV.UK pagination: numbered pages of a list, or previous and next pages of a sequence. */
export function Pagination({
  previous,
  next,
  items,
  landmarkLabel = 'Pagination',
}: PaginationProps) {
  const blockLevel = items === undefined && (previous !== undefined || next !== undefined)
  return (
    <nav
      className={classNames('govuk-pagination', blockLevel && 'govuk-pagination--block')}
      aria-label={landmarkLabel}
    >
      {previous && <ArrowLink link={previous} type="prev" blockLevel={blockLevel} />}
      {items !== undefined && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            'ellipsis' in item ? (
              <li
                key={`ellipsis-${String(index)}`}
                className="govuk-pagination__item govuk-pagination__item--ellipsis"
              >
                ⋯
              </li>
            ) : (
              <li
                key={item.number}
                className={classNames(
                  'govuk-pagination__item',
                  item.current === true && 'govuk-pagination__item--current',
                )}
              >
                <Anchor
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText ?? `Page ${String(item.number)}`}
                  aria-current={item.current === true ? 'page' : undefined}
                >
                  {item.number}
                </Anchor>
              </li>
            ),
          )}
        </ul>
      )}
      {next && <ArrowLink link={next} type="next" blockLevel={blockLevel} />}
    </nav>
  )
}
