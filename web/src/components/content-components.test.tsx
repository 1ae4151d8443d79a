import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

// jsdom's accessible name computation drops the space at the start of a visually hidden span
// ("Change<span> name</span>" becomes "Changename"), so links with hidden text are found by their
// text content, which is what browsers read.
function linkWithText(container: HTMLElement, text: string): HTMLAnchorElement {
  const link = Array.from(container.querySelectorAll('a')).find(
    (anchor) => anchor.textContent.replace(/\s+/g, ' ').trim() === text,
  )
  if (!link) {
    throw new Error(`No link reads "${text}"`)
  }
  return link
}
import { renderWithRouter } from '../test/render.tsx'
import { NotificationBanner } from './notification-banner.tsx'
import { Pagination } from './pagination.tsx'
import { SummaryList } from './summary-list.tsx'
import { Table } from './table.tsx'
import { Tag } from './tag.tsx'
import { TaskList } from './task-list.tsx'

describe('SummaryList', () => {
  it('renders keys, values and change links completed for screen readers', () => {
    const { container } = renderWithRouter(
      <SummaryList
        rows={[
          {
            key: 'Name',
            value: 'Sarah Philips',
            actions: [{ href: '/name', text: 'Change', visuallyHiddenText: 'name' }],
          },
          { key: 'Date of birth', value: '5 January 1978' },
        ]}
      />,
    )
    const list = container.querySelector('dl')
    expect(list).toHaveClass('govuk-summary-list')
    const rows = container.querySelectorAll('.govuk-summary-list__row')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toHaveClass('govuk-summary-list__row--no-actions')
    expect(screen.getByText('Name')).toHaveClass('govuk-summary-list__key')
    expect(screen.getByText('Sarah Philips')).toHaveClass('govuk-summary-list__value')
    const change = linkWithText(container, 'Change name')
    expect(change).toHaveAttribute('href', '/name')
    expect(change.parentElement).toHaveClass('govuk-summary-list__actions')
    expect(within(change).getByText('name')).toHaveClass('govuk-visually-hidden')
  })

  it('shows a summary card whose actions name the card', () => {
    const { container } = renderWithRouter(
      <SummaryList
        card={{ title: 'Lead adopter', actions: [{ href: '/remove', text: 'Remove' }] }}
        rows={[
          {
            key: 'Name',
            value: 'Sarah Philips',
            actions: [{ href: '/name', text: 'Change', visuallyHiddenText: 'name' }],
          },
        ]}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Lead adopter' })).toHaveClass(
      'govuk-summary-card__title',
    )
    expect(linkWithText(container, 'Remove (Lead adopter)')).toHaveAttribute('href', '/remove')
    expect(linkWithText(container, 'Change name (Lead adopter)')).toHaveAttribute('href', '/name')
  })
})

describe('Table', () => {
  it('has a caption, column headers and row headers', () => {
    render(
      <Table
        caption="Sessions booked"
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[{ text: 'Group' }, { text: 'Places', format: 'numeric' }]}
        rows={[[{ text: 'Therapeutic parenting' }, { text: '12', format: 'numeric' }]]}
      />,
    )
    const table = screen.getByRole('table', { name: 'Sessions booked' })
    expect(table).toHaveClass('govuk-table')
    expect(screen.getByText('Sessions booked')).toHaveClass(
      'govuk-table__caption',
      'govuk-table__caption--m',
    )
    expect(screen.getByRole('columnheader', { name: 'Places' })).toHaveClass(
      'govuk-table__header',
      'govuk-table__header--numeric',
    )
    expect(screen.getByRole('columnheader', { name: 'Group' })).toHaveAttribute('scope', 'col')
    expect(screen.getByRole('rowheader', { name: 'Therapeutic parenting' })).toHaveAttribute(
      'scope',
      'row',
    )
    expect(screen.getByRole('cell', { name: '12' })).toHaveClass(
      'govuk-table__cell',
      'govuk-table__cell--numeric',
    )
  })
})

describe('Tag', () => {
  it('is a strong element with the colour modifier', () => {
    render(<Tag colour="green">Allocated</Tag>)
    const tag = screen.getByText('Allocated')
    expect(tag.tagName).toBe('STRONG')
    expect(tag).toHaveClass('govuk-tag', 'govuk-tag--green')
  })

  it('has no modifier for the default blue', () => {
    render(<Tag>New</Tag>)
    expect(screen.getByText('New')).toHaveAttribute('class', 'govuk-tag')
  })
})

describe('TaskList', () => {
  it('describes each task link by its hint and status', () => {
    const { container } = renderWithRouter(
      <TaskList
        items={[
          {
            title: 'Tell us about your family',
            href: '/family',
            hint: 'Include everyone who lives with you',
            status: { text: 'Incomplete', kind: 'tag', colour: 'teal' },
          },
          {
            title: 'Check your answers',
            status: { text: 'Cannot start yet', kind: 'cannot-start-yet' },
          },
        ]}
      />,
    )
    expect(container.querySelector('ul')).toHaveClass('govuk-task-list')
    const link = screen.getByRole('link', { name: 'Tell us about your family' })
    expect(link).toHaveClass('govuk-link', 'govuk-task-list__link')
    expect(link).toHaveAttribute('aria-describedby', 'task-list-1-hint task-list-1-status')
    expect(link).toHaveAccessibleDescription('Include everyone who lives with you Incomplete')
    expect(link.closest('li')).toHaveClass(
      'govuk-task-list__item',
      'govuk-task-list__item--with-link',
    )
    expect(screen.getByText('Incomplete')).toHaveClass('govuk-tag', 'govuk-tag--teal')
    expect(container.querySelector('#task-list-2-status')).toHaveClass(
      'govuk-task-list__status',
      'govuk-task-list__status--cannot-start-yet',
    )
  })
})

describe('NotificationBanner', () => {
  it('is a region labelled by its "Important" title', () => {
    render(<NotificationBanner>You have 7 days left to send your application.</NotificationBanner>)
    const banner = screen.getByRole('region', { name: 'Important' })
    expect(banner).toHaveClass('govuk-notification-banner')
    expect(banner).toHaveAttribute('aria-labelledby', 'govuk-notification-banner-title')
    expect(banner).toHaveAttribute('data-module', 'govuk-notification-banner')
    expect(banner).not.toHaveFocus()
    expect(screen.getByText('You have 7 days left to send your application.')).toHaveClass(
      'govuk-notification-banner__heading',
    )
  })

  it('is a focused alert when it confirms success', () => {
    render(<NotificationBanner type="success">Your request has been sent</NotificationBanner>)
    const banner = screen.getByRole('alert')
    expect(banner).toHaveClass('govuk-notification-banner', 'govuk-notification-banner--success')
    expect(banner).toHaveAccessibleName('Success')
    expect(banner).toHaveFocus()
  })
})

describe('Pagination', () => {
  it('numbers the pages and marks the current one', () => {
    renderWithRouter(
      <Pagination
        previous={{ href: '/requests?page=1' }}
        next={{ href: '/requests?page=3' }}
        items={[
          { number: 1, href: '/requests?page=1' },
          { number: 2, href: '/requests?page=2', current: true },
          { number: 3, href: '/requests?page=3' },
          { ellipsis: true },
          { number: 9, href: '/requests?page=9' },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(nav).toHaveClass('govuk-pagination')
    expect(nav).not.toHaveClass('govuk-pagination--block')
    const current = within(nav).getByRole('link', { name: 'Page 2' })
    expect(current).toHaveAttribute('aria-current', 'page')
    expect(current.parentElement).toHaveClass('govuk-pagination__item--current')
    expect(linkWithText(nav, 'Previous page')).toHaveAttribute('rel', 'prev')
    expect(linkWithText(nav, 'Next page')).toHaveAttribute('rel', 'next')
    expect(within(nav).getByText('⋯')).toHaveClass('govuk-pagination__item--ellipsis')
  })

  it('shows block links with labels between pages of a sequence', () => {
    renderWithRouter(
      <Pagination
        previous={{ href: '/guide/1', text: 'Previous', labelText: 'Applying for support' }}
        next={{ href: '/guide/3', text: 'Next', labelText: 'After your assessment' }}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Pagination' })
    expect(nav).toHaveClass('govuk-pagination--block')
    const next = linkWithText(nav, 'Next : After your assessment')
    expect(next).toHaveAttribute('href', '/guide/3')
    expect(within(next).getByText('After your assessment')).toHaveClass(
      'govuk-pagination__link-label',
    )
  })
})
