import { supportStatusNames, type StaffSupportRequest } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { ErrorSummary } from '../../../../components/error-summary.tsx'
import { Link } from '../../../../components/link.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, type FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit, type FormSubmitOptions } from '../../../../lib/use-form-submit.ts'
import { parseSupportRequestId, supportRequestQueries } from '../api/get-support-request.ts'
import { requestName } from '../components/request-name.ts'
import {
  supportLineNoticeState,
  type SupportLineNoticeName,
} from '../components/support-line-notice.tsx'

type Action = StaffSupportRequest['allowedActions'][number]

/**
 * A request's action page: its form (`children`, given the request's id) if the request allowed
 * the action when the page opened, else `ActionNotAllowed`. It is not asked again while the page
 * is open: after a 409 the page keeps what was typed, with the API's message, and the request as
 * it is now is fetched for its new version.
 */
export function IfActionAllowed({
  action,
  notAllowedTitle,
  children,
}: {
  action: Action
  /** "You cannot close this request". */
  notAllowedTitle: string
  children: (supportRequestId: string) => ReactNode
}) {
  const supportRequestId = parseSupportRequestId(useParams())
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const [allowed] = useState(() => request.allowedActions.includes(action))
  if (!allowed) {
    return <ActionNotAllowed request={request} title={notAllowedTitle} />
  }
  return children(supportRequestId)
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

/**
 * The submit of a request's action page: the form's parsing and its request as `useFormSubmit`
 * takes them; a refusal shown as `useShowChangeFailure` does; once it is done, the request page
 * with the notice that says so.
 */
export function useRequestActionSubmit<F extends string, Body, Result>(
  form: FormErrors<F>,
  supportRequestId: string,
  notice: SupportLineNoticeName,
  options: FormSubmitOptions<Body, Result>,
) {
  return useFormSubmit(form, {
    onError: useShowChangeFailure(form, supportRequestId),
    navigateTo: () => ({
      to: pathTo(paths.supportLineRequest, { supportRequestId }),
      state: supportLineNoticeState(notice),
    }),
    ...options,
  })
}

/**
 * A request's action page: the way back to the request, the form's error summary, whose request it
 * is (`caption`) and the title, which is the page's title too.
 */
export function RequestActionLayout<F extends string>({
  request,
  form,
  title,
  caption = `Request ${request.reference}: ${requestName(request)}`,
  problem,
  children,
}: {
  request: StaffSupportRequest
  form: FormErrors<F>
  title: string
  caption?: string
  /** A problem that is not the form's (a failed search, say), shown while the form has none. */
  problem?: string
  children: ReactNode
}) {
  usePageTitle(title, { hasError: form.hasErrors || problem !== undefined })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackToRequest supportRequestId={request.id} />
        <FormErrorSummary form={form} />
        {problem !== undefined && !form.hasErrors && (
          <ErrorSummary errorList={[]} description={problem} />
        )}
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  )
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
function ActionNotAllowed({
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
