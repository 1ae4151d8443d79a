import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react'

export interface ErrorSummaryItem {
  /** The id of the field with the problem, with its `#`: the link moves focus there. */
  href: `#${string}`
  text: ReactNode
}

export interface ErrorSummaryProps {
  /** The errors, in the order the fields appear on the page. */
  errorList: ErrorSummaryItem[]
  title?: ReactNode
  description?: ReactNode
  /** The summary takes focus when it appears, so screen readers announce it. */
  disableAutoFocus?: boolean
}

/**
 * GOV.UK error summary. It takes focus when it mounts (give it a new `key` on each failed submit to
 * announce it again), and its links move focus to the field and bring its label or legend into view.
 */
export function ErrorSummary({
  errorList,
  title = 'There is a problem',
  description,
  disableAutoFocus = false,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!disableAutoFocus) {
      ref.current?.focus()
    }
  }, [disableAutoFocus])

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description !== undefined && <p>{description}</p>}
          {errorList.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item) => (
                <li key={item.href}>
                  <a href={item.href} onClick={focusField}>
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  )
}

/** As GOV.UK Frontend does: focus the field, and scroll its question into view above it. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const inputId = event.currentTarget.hash.slice(1)
  const input = inputId === '' ? null : document.getElementById(inputId)
  if (!input) {
    return
  }
  const question = legendOrLabelOf(input)
  if (!question) {
    return
  }
  event.preventDefault()
  question.scrollIntoView()
  input.focus({ preventScroll: true })
}

function legendOrLabelOf(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend')
  if (legend) {
    if (
      input instanceof HTMLInputElement &&
      (input.type === 'checkbox' || input.type === 'radio')
    ) {
      return legend
    }
    // Keep the legend in view when the field sits close enough under it (a date input, say).
    const legendTop = legend.getBoundingClientRect().top
    const inputRect = input.getBoundingClientRect()
    if (
      inputRect.height > 0 &&
      inputRect.top + inputRect.height - legendTop < window.innerHeight / 2
    ) {
      return legend
    }
  }
  const labels = Array.from(document.getElementsByTagName('label'))
  return labels.find((label) => label.htmlFor === input.id) ?? input.closest('label')
}
