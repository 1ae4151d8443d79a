import { useEffect, useRef, type ReactNode } from 'react'
import { classNames } from './class-names.ts'

export interface NotificationBannerProps {
  /** A success banner confirms what the user just did: it is an alert and takes focus. */
  type?: 'important' | 'success'
  /** Defaults to "Important" or "Success". */
  title?: ReactNode
  titleId?: string
  titleHeadingLevel?: 2 | 3 | 4 | 5 | 6
  /** A success banner takes focus when it mounts unless this is set. */
  disableAutoFocus?: boolean
  /** The content. A string is shown as the banner's heading, as GOV.UK Frontend's `text` option. */
  children: ReactNode
}

/** GOV.UK notification banner. */
export function NotificationBanner({
  type = 'important',
  title,
  titleId = 'govuk-notification-banner-title',
  titleHeadingLevel = 2,
  disableAutoFocus = false,
  children,
}: NotificationBannerProps) {
  const ref = useRef<HTMLDivElement>(null)
  const isSuccess = type === 'success'
  const Heading = `h${String(titleHeadingLevel)}` as 'h2'

  useEffect(() => {
    if (isSuccess && !disableAutoFocus) {
      ref.current?.focus()
    }
  }, [isSuccess, disableAutoFocus])

  return (
    <div
      ref={ref}
      className={classNames(
        'govuk-notification-banner',
        isSuccess && 'govuk-notification-banner--success',
      )}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      tabIndex={isSuccess ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {typeof children === 'string' ? (
          <p className="govuk-notification-banner__heading">{children}</p>
        ) : (
          children
        )}
      </div>
    </div>
  )
}
