import type { ComponentPropsWithRef, ReactNode } from 'react'
import { Link as RouterLink } from 'react-router'
import { classNames } from './class-names.ts'

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse'

interface CommonButtonProps {
  children: ReactNode
  variant?: ButtonVariant
  /** The green "Start now" button of a start page, with its arrow. Use it as a link. */
  isStartButton?: boolean
  className?: string
  id?: string
}

export interface ButtonAsButtonProps
  extends CommonButtonProps, Omit<ComponentPropsWithRef<'button'>, keyof CommonButtonProps> {
  href?: undefined
  /** Ignores a second click within a second, so a form is not sent twice. */
  preventDoubleClick?: boolean
}

export interface ButtonAsLinkProps
  extends CommonButtonProps, Omit<ComponentPropsWithRef<'a'>, keyof CommonButtonProps | 'href'> {
  /** Renders a link styled as a button: a router link for paths of this app. */
  href: string
}

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  )
}

/** GOV.UK button, or a link that looks like one (such as a start button). */
export function Button({
  children,
  variant = 'primary',
  isStartButton = false,
  className,
  ...props
}: ButtonProps) {
  const classes = classNames(
    'govuk-button',
    variant !== 'primary' && `govuk-button--${variant}`,
    className,
    isStartButton && 'govuk-button--start',
  )
  const content = (
    <>
      {children}
      {isStartButton && <StartIcon />}
    </>
  )

  if (props.href !== undefined) {
    const { href, ...anchorProps } = props
    const isAppPath = href.startsWith('/') && !href.startsWith('//')
    const linkProps = {
      role: 'button',
      draggable: false,
      className: classes,
      'data-module': 'govuk-button',
      ...anchorProps,
    }
    return isAppPath ? (
      <RouterLink to={href} {...linkProps}>
        {content}
      </RouterLink>
    ) : (
      <a href={href} {...linkProps}>
        {content}
      </a>
    )
  }

  const { type = 'submit', disabled, preventDoubleClick, ...buttonProps } = props
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={disabled === true ? 'true' : undefined}
      data-prevent-double-click={
        preventDoubleClick === undefined ? undefined : String(preventDoubleClick)
      }
      className={classes}
      data-module="govuk-button"
      {...buttonProps}
    >
      {content}
    </button>
  )
}
