import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface ModalDialogProps {
  title: ReactNode
  /** The dialog's text, read out with its title when it opens. */
  children: ReactNode
  /** Escape closes the dialog: say what that means (the timeout warning stays signed in). */
  onEscape: () => void
  /** What ends the dialog: buttons and links, after the text. */
  actions: ReactNode
}

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',')

/**
 * A modal dialog, as the GOV.UK timeout warning uses: `role="dialog"` and `aria-modal`, labelled by
 * its title and described by its text; it takes focus when it opens, keeps Tab and Shift+Tab
 * inside, closes with Escape, and gives focus back to where it was when it closes. Render the
 * rest of the page `inert` while it is open.
 */
export function ModalDialog({ title, children, onEscape, actions }: ModalDialogProps) {
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const previous = document.activeElement
    ref.current?.focus()
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) {
        previous.focus()
      }
    }
  }, [])

  // On the document, so that Escape and Tab work wherever focus is: the rest of the page is inert.
  useEffect(() => {
    const dialog = ref.current
    function keepFocusInside(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        event.preventDefault()
        onEscape()
        return
      }
      if (event.key !== 'Tab' || !dialog) {
        return
      }
      const focusable = Array.from(dialog.querySelectorAll<HTMLElement>(focusableSelector))
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      const active = document.activeElement
      if (!first || !last) {
        event.preventDefault()
      } else if (
        event.shiftKey &&
        (active === first || active === dialog || !dialog.contains(active))
      ) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault()
        first.focus()
      }
    }
    document.addEventListener('keydown', keepFocusInside)
    return () => {
      document.removeEventListener('keydown', keepFocusInside)
    }
  }, [onEscape])

  return (
    <>
      <div className="app-modal-dialog__overlay" />
      <div
        ref={ref}
        className="app-modal-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        tabIndex={-1}
      >
        <h2 id={titleId} className="govuk-heading-m">
          {title}
        </h2>
        <div id={descriptionId}>{children}</div>
        <div className="govuk-button-group">{actions}</div>
      </div>
    </>
  )
}
