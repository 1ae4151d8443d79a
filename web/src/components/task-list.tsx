import type { ReactNode } from 'react'
import { Anchor } from './anchor.tsx'
import { classNames } from './class-names.ts'
import { Tag, type TagColour } from './tag.tsx'

export interface TaskListItem {
  title: ReactNode
  /** Without a link, the task cannot be started yet. */
  href?: string
  hint?: ReactNode
  status: TaskStatus
}

/** Plain text for "Completed", grey text for "Cannot start yet", a tag for "Incomplete" and others. */
export type TaskStatus =
  | { text: ReactNode; kind?: 'text' }
  | { text: ReactNode; kind: 'cannot-start-yet' }
  | { text: ReactNode; kind: 'tag'; colour?: TagColour }

export interface TaskListProps {
  items: TaskListItem[]
  idPrefix?: string
}

/** GOV.UK task list: each link is described by its hint and its status. */
export function TaskList({ items, idPrefix = 'task-list' }: TaskListProps) {
  return (
    <ul className="govuk-task-list">
      {items.map((item, index) => {
        const position = String(index + 1)
        const hintId = `${idPrefix}-${position}-hint`
        const statusId = `${idPrefix}-${position}-status`
        const hasHint = item.hint !== undefined
        return (
          <li
            key={position}
            className={classNames(
              'govuk-task-list__item',
              item.href !== undefined && 'govuk-task-list__item--with-link',
            )}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href === undefined ? (
                <div>{item.title}</div>
              ) : (
                <Anchor
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={hasHint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </Anchor>
              )}
              {hasHint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div
              className={classNames(
                'govuk-task-list__status',
                item.status.kind === 'cannot-start-yet' &&
                  'govuk-task-list__status--cannot-start-yet',
              )}
              id={statusId}
            >
              {item.status.kind === 'tag' ? (
                <Tag colour={item.status.colour}>{item.status.text}</Tag>
              ) : (
                item.status.text
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
