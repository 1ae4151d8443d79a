import type { ReactNode } from 'react'

export interface ScrollContainerProps {
  /** Names the region for screen readers, such as the table's subject. */
  label: string
  children: ReactNode
}

/**
 * Lets a wide table scroll sideways inside the page at 320px instead of making the whole page
 * scroll. The region takes focus so that keyboard users can scroll it with the arrow keys (WCAG
 * 2.1.1; axe `scrollable-region-focusable`).
 */
export function ScrollContainer({ label, children }: ScrollContainerProps) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="app-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
