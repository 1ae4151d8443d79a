import { supportStatusNames, type StaffSupportRequest } from '@asp/bff/contract'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Link } from '../../../components/link.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import type { FormErrors } from '../../../lib/form-errors.tsx'
import { supportRequestQueries } from '../api/get-support-request.ts'

type Action = StaffSupportRequest['allowedActions'][number]

/**
 * Whether the request allowed this action when the page opened. It is not asked again while the
 * page is open: after a 409 the page keeps what was typed, with the API's message, and the request
 * as it is now is fetched for its new version.
 */
export function useAllowedOnOpen(request: StaffSupportRequest, action: Action): boolean {
  const [allowed] = useState(() => request.allowedActions.includes(action))
  return allowed
}

/**
 * Shows what the API said about a failed change. A 409 means someone else changed the request
 * first, or its status no longer allows the change: the request is fetched again, so the next try
 * carries its new version.
 */
export function useShowChangeFailure<F extends string>(
  form: FormErrors<F>,
  supportRequestId: string,
) {
  const queryClient = useQueryClient()
  return (error: unknown) => {
    form.showApiError(error)
    if (error instanceof ApiError && error.status === 409) {
      void queryClient.invalidateQueries({
        queryKey: supportRequestQueries.detail(supportRequestId).queryKey,
      })
    }
  }
}

/** The back link of a request's action pages. */
export function BackToRequest({ supportRequestId }: { supportRequestId: string }) {
  return (
    <BackLink href={pathTo(paths.supportLineRequest, { supportRequestId })}>
      Back to the request
    </BackLink>
  )
}

/** An action page opened for a request whose status does not allow it (an old link, say). */
export function ActionNotAllowed({
  request,
  title,
}: {
  request: StaffSupportRequest
  /** "You cannot record a triage decision for this request". */
  title: string
}) {
  usePageTitle(title)
  const href = pathTo(paths.supportLineRequest, { supportRequestId: request.id })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackToRequest supportRequestId={request.id} />
        <span className="govuk-caption-l">Request {request.reference}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          The request’s status is {supportStatusNames[request.status].toLowerCase()}, or you do not
          have permission to do this.
        </p>
        <p className="govuk-body">
          <Link to={href}>Go back to request {request.reference}</Link>
        </p>
      </div>
    </div>
  )
}
