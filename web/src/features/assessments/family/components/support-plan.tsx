import { fundingSourceNames, type MyAssessment } from '@asp/bff/contract'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { ScrollContainer } from '../../../../components/scroll-container.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { Table } from '../../../../components/table.tsx'
import { formatDate } from '../../../../lib/dates.ts'
import { formatPence, serviceDates } from './assessment-words.ts'

export type MyPlan = NonNullable<MyAssessment['plan']>

/**
 * A support plan as the family sees it once it has been shared: the services (who provides each,
 * how often, when, what it costs and who pays), the named worker, the next review, the reviews so
 * far and, once it has ended, the outcome. It sits under an assessment's heading (an `h2`).
 */
export function SupportPlan({ plan }: { plan: MyPlan }) {
  const closed = plan.status === 'closed'
  const rows: SummaryListRow[] = [
    { key: 'Your named worker', value: plan.namedWorkerName ?? 'Not named yet' },
  ]
  if (!closed) {
    rows.push({ key: 'Next review', value: formatDate(plan.nextReviewOn) })
  }
  const reviews = [...plan.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))

  return (
    <>
      <h3 className="govuk-heading-m">Your support plan</h3>
      {closed ? (
        <>
          <p className="govuk-body">This plan has ended.</p>
          {plan.outcome !== null && (
            <>
              <h4 className="govuk-heading-s">Outcome</h4>
              <MultilineText text={plan.outcome} />
            </>
          )}
        </>
      ) : (
        <p className="govuk-body">
          This is the support we agreed to give. We will look at it again with you at each review.
        </p>
      )}
      <SummaryList rows={rows} />

      <h4 className="govuk-heading-s">Services</h4>
      {plan.services.length === 0 ? (
        <p className="govuk-body">There are no services in this plan.</p>
      ) : (
        <ScrollContainer label="Services in your support plan">
          <Table
            caption="Services in your support plan"
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Service' },
              { text: 'Who provides it' },
              { text: 'How often' },
              { text: 'Dates' },
              { text: 'Cost', format: 'numeric' },
              { text: 'Paid by' },
            ]}
            rows={plan.services.map((service) => [
              { text: service.description, className: 'app-break-words' },
              { text: service.provider, className: 'app-break-words' },
              { text: service.frequency },
              { text: serviceDates(service.startsOn, service.endsOn) },
              { text: formatPence(service.costPence), format: 'numeric' },
              { text: fundingSourceNames[service.fundingSource] },
            ])}
          />
        </ScrollContainer>
      )}

      {reviews.length > 0 && (
        <>
          <h4 className="govuk-heading-s">Past reviews</h4>
          <ul className="govuk-list">
            {reviews.map((review) => (
              <li key={`${review.reviewedOn}-${review.nextReviewOn}`}>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  Reviewed on {formatDate(review.reviewedOn)}
                </p>
                <MultilineText text={review.whatChanged} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
