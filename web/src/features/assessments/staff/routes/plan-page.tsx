import { planVersionSchema, type StaffPlan } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { paths, pathTo, withQuery } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { InsetText } from '../../../../components/inset-text.tsx'
import { Link } from '../../../../components/link.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Tag } from '../../../../components/tag.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { formatDate, formatDateTime } from '../../../../lib/dates.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { planPdfHref } from '../api/download-pdfs.ts'
import { supportPlanQueries } from '../api/plan-detail.ts'
import { parsePlanId } from '../api/plan-keys.ts'
import { useShareSupportPlan } from '../api/plan-share.ts'
import { planNoticeState, PlanNoticeBanner } from '../components/plan-notice.tsx'
import { PlanServicesTable } from '../components/plan-services-table.tsx'
import { PlanStatusTag } from '../components/plan-status-tag.tsx'

/**
 * `/support-plans/:planId`: a support plan as staff keep it: where it is, the named worker and the
 * next review, its services with their costs and who pays, its reviews (newest first), and what
 * the reader may do with it now (the BFF's `allowedActions`).
 */
export function PlanPage() {
  const planId = parsePlanId(useParams())
  const { data: plan } = useSuspenseQuery(supportPlanQueries.detail(planId))
  const queryClient = useQueryClient()
  const form = useFormErrors([] as const)
  usePageTitle('Support plan', { hasError: form.hasErrors })
  const planHref = pathTo(paths.supportPlan, { planId })
  const assessmentHref = pathTo(paths.needsAssessment, { assessmentId: plan.assessmentId })

  const share = useFormSubmit(form, {
    schema: planVersionSchema,
    values: () => ({ version: plan.version }),
    mutation: useShareSupportPlan(planId),
    navigateTo: () => ({ to: planHref, state: planNoticeState('planShared'), replace: true }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        // The BFF's words (no services yet, or someone changed it): the plan as it is now.
        void queryClient.invalidateQueries({ queryKey: supportPlanQueries.detail(planId).queryKey })
      }
      form.showApiError(error)
    },
  })

  const links = [
    plan.allowedActions.includes('change') && {
      href: pathTo(paths.changeSupportPlan, { planId }),
      text: 'Change the plan',
    },
    plan.allowedActions.includes('review') && {
      href: pathTo(paths.recordPlanReview, { planId }),
      text: 'Record a review',
    },
    plan.allowedActions.includes('close') && {
      href: pathTo(paths.closeSupportPlan, { planId }),
      text: 'Close the plan',
    },
  ].filter((link) => link !== false)
  const actionLinks = links.map((link) => (
    <Button key={link.href} href={link.href} variant="secondary">
      {link.text}
    </Button>
  ))
  const reviews = [...plan.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink href={assessmentHref}>Back to the assessment</BackLink>
        <PlanNoticeBanner />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{plan.subjectName}</span>
        <h1 className="govuk-heading-l">Support plan</h1>
        <p className="govuk-body">
          <PlanStatusTag status={plan.status} />
        </p>
        {plan.status === 'draft' && (
          <InsetText>The family cannot see the plan until you share it with them.</InsetText>
        )}

        {plan.allowedActions.includes('share') ? (
          <form noValidate onSubmit={share.onSubmit}>
            <div className="govuk-button-group">
              <Button preventDoubleClick disabled={share.isPending}>
                Share with the family
              </Button>
              {actionLinks}
            </div>
          </form>
        ) : (
          links.length > 0 && <div className="govuk-button-group">{actionLinks}</div>
        )}

        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <SummaryList rows={planRows(plan)} />
          </div>
        </div>
        <p className="govuk-body">
          <a className="govuk-link" href={planPdfHref(planId)}>
            Download the plan (PDF)
          </a>
        </p>

        <h2 className="govuk-heading-m">Services</h2>
        {plan.services.length === 0 ? (
          <p className="govuk-body">There are no services in the plan yet.</p>
        ) : (
          <PlanServicesTable services={plan.services} />
        )}
        {plan.subject === 'adoptive_family' && plan.allowedActions.length > 0 && (
          <ul className="govuk-list">
            {plan.services
              .filter((service) => service.fundingSource === 'adoption_support_fund')
              .map((service) => (
                <li key={service.id}>
                  <Link to={withQuery(paths.newFundApplication, { planServiceId: service.id })}>
                    Apply to the Adoption Support Fund for {service.description}
                  </Link>
                </li>
              ))}
          </ul>
        )}

        <h2 className="govuk-heading-m">Reviews</h2>
        {reviews.length === 0 ? (
          <p className="govuk-body">The plan has not been reviewed yet.</p>
        ) : (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              {reviews.map((review, index) => (
                <SummaryList
                  key={`${review.reviewedOn}-${String(index)}`}
                  card={{ title: `Review on ${formatDate(review.reviewedOn)}`, headingLevel: 3 }}
                  rows={[
                    { key: 'Reviewed by', value: review.reviewedByName ?? 'Not known' },
                    {
                      key: 'What changed',
                      value: (
                        <MultilineText
                          text={review.whatChanged}
                          className="govuk-body govuk-!-margin-bottom-0"
                        />
                      ),
                    },
                    { key: 'Next review set for', value: formatDate(review.nextReviewOn) },
                  ]}
                />
              ))}
            </div>
          </div>
        )}

        <p className="govuk-body">
          <Link to={assessmentHref}>See the assessment the plan comes from</Link>
        </p>
      </div>
    </div>
  )
}

function planRows(plan: StaffPlan): SummaryListRow[] {
  return [
    { key: 'Named worker', value: plan.namedWorkerName ?? 'No one is named' },
    ...(plan.status === 'closed'
      ? []
      : [
          {
            key: 'Next review',
            value: (
              <>
                {formatDate(plan.nextReviewOn)}
                {plan.reviewDue && (
                  <>
                    {' '}
                    <Tag colour="red">Review due</Tag>
                  </>
                )}
              </>
            ),
          },
        ]),
    {
      key: 'Shared with the family',
      value: plan.sharedAt === null ? 'Not shared yet' : formatDateTime(plan.sharedAt),
    },
    ...(plan.status === 'closed'
      ? [
          {
            key: 'Closed',
            value: plan.closedAt === null ? 'Closed' : formatDateTime(plan.closedAt),
          },
          {
            key: 'Outcome',
            value:
              plan.outcome === null ? (
                'Not recorded'
              ) : (
                <MultilineText text={plan.outcome} className="govuk-body govuk-!-margin-bottom-0" />
              ),
          },
        ]
      : []),
  ]
}
