import type { ReactNode } from 'react'
import { Anchor } from './anchor.tsx'
import { classNames } from './class-names.ts'

export interface SummaryListAction {
  href: string
  /** Usually "Change". */
  text: ReactNode
  /** Completes the action for screen readers: "Change" + " date of birth". */
  visuallyHiddenText?: string
}

export interface SummaryListRow {
  key: ReactNode
  value: ReactNode
  actions?: SummaryListAction[]
}

export interface SummaryCardProps {
  title: ReactNode
  headingLevel?: 2 | 3 | 4 | 5 | 6
  actions?: SummaryListAction[]
}

export interface SummaryListProps {
  rows: SummaryListRow[]
  noBorder?: boolean
  /** Shows the list as a summary card with this title. */
  card?: SummaryCardProps
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: ReactNode }) {
  const hasHiddenText = action.visuallyHiddenText !== undefined || cardTitle !== undefined
  return (
    <Anchor className="govuk-link" href={action.href}>
      {action.text}
      {hasHiddenText && (
        <span className="govuk-visually-hidden">
          {action.visuallyHiddenText !== undefined && ` ${action.visuallyHiddenText}`}
          {cardTitle !== undefined && <> ({cardTitle})</>}
        </span>
      )}
    </Anchor>
  )
}

function Actions({
  actions,
  cardTitle,
}: {
  actions: SummaryListAction[]
  cardTitle: ReactNode | undefined
}) {
  const [only] = actions
  if (actions.length === 1 && only) {
    return <ActionLink action={only} cardTitle={cardTitle} />
  }
  return (
    <ul className="govuk-summary-list__actions-list">
      {actions.map((action) => (
        <li key={action.href} className="govuk-summary-list__actions-list-item">
          <ActionLink action={action} cardTitle={cardTitle} />
        </li>
      ))}
    </ul>
  )
}

/** GOV.UK summary list (a `<dl>`), optionally inside a summary card. */
export function SummaryList({ rows, noBorder = false, card }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => (row.actions?.length ?? 0) > 0)

  const list = (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row, index) => {
        const actions = row.actions ?? []
        const hasActions = actions.length > 0
        return (
          <div
            key={index}
            className={classNames(
              'govuk-summary-list__row',
              anyRowHasActions && !hasActions && 'govuk-summary-list__row--no-actions',
            )}
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {hasActions && (
              <dd className="govuk-summary-list__actions">
                <Actions actions={actions} cardTitle={card?.title} />
              </dd>
            )}
          </div>
        )
      })}
    </dl>
  )

  if (card === undefined) {
    return list
  }

  const Heading = `h${String(card.headingLevel ?? 2)}` as 'h2'
  const cardActions = card.actions ?? []
  const [onlyCardAction] = cardActions
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{card.title}</Heading>
        {cardActions.length === 1 && onlyCardAction && (
          <div className="govuk-summary-card__actions">
            <ActionLink action={onlyCardAction} cardTitle={card.title} />
          </div>
        )}
        {cardActions.length > 1 && (
          <ul className="govuk-summary-card__actions">
            {cardActions.map((action) => (
              <li key={action.href} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={card.title} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  )
}
