import type { ReactNode } from 'react'
import { Anchor } from '../../../components/anchor.tsx'

// A web address, or a path at the start of a line or after a space.
const linkPattern = /https?:\/\/[^\s<>"]+|(?<=^|\s)\/[^\s<>"]*/g
const trailingPunctuation = /[.,;:!?)\]'’]+$/

/**
 * The path of `text` when it is a link into this app (same origin), otherwise undefined: a link
 * to anywhere else in an email stays plain text, so the mailbox cannot send anyone off-site.
 */
export function sameOriginPath(text: string, origin = window.location.origin): string | undefined {
  if (text.startsWith('//')) {
    return undefined
  }
  try {
    const url = new URL(text, origin)
    if (url.origin !== origin || !url.pathname.startsWith('/')) {
      return undefined
    }
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return undefined
  }
}

/** An email's text with its line breaks, and links into this app made clickable. */
export function MessageBody({ body }: { body: string }) {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of body.matchAll(linkPattern)) {
    const raw = match[0]
    const text = raw.replace(trailingPunctuation, '')
    const path = sameOriginPath(text)
    if (path === undefined) {
      continue
    }
    const start = match.index
    parts.push(body.slice(last, start))
    parts.push(
      <Anchor key={start} href={path} className="govuk-link app-break-words">
        {text}
      </Anchor>,
    )
    last = start + text.length
  }
  parts.push(body.slice(last))
  return <div className="govuk-body app-mailbox-message__body">{parts}</div>
}
