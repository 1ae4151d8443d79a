import type { ReactNode } from 'react'

/** Several answers in one summary list value: a list when there is more than one. */
export function AnswerList({ items }: { items: ReactNode[] }) {
  if (items.length === 1) {
    return <>{items[0]}</>
  }
  return (
    <ul className="govuk-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}
