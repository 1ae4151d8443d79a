import {
  fundingSourceNames,
  planStatusNames,
  type FundingSource,
  type PlanStatus,
} from '../../contract/index.ts'
import { taggedPdf } from '../../platform/pdf/tagged-pdf.ts'
import { formatLondonDate, formatLondonDateTime } from '../../platform/working-days/working-days.ts'
import { dateOf } from './assessment-pdf.ts'

// A support plan as a tagged PDF to print and keep (structure tree, H1, H2 and H3 headings,
// paragraphs, language en-GB, title shown), with the agency's name at the top: whom it is for,
// the named worker, each service (what, who, how often, when, the cost and who pays), the reviews
// and the outcome. Staff print it from the plan's page; the family or birth relative their own.

export interface PlanDocument {
  status: PlanStatus
  /** Whom the plan is for, as label and value: a family's reference and children, or a name. */
  about: { label: string; value: string }[]
  namedWorkerName: string | null
  /** 'yyyy-MM-dd' dates and ISO instants, as the contract gives them. */
  nextReviewOn: string
  sharedAt?: string | null
  closedAt?: string | null
  services: {
    description: string
    provider: string
    frequency: string
    startsOn: string
    endsOn: string | null
    costPence: number
    fundingSource: FundingSource
  }[]
  reviews: {
    reviewedOn: string
    whatChanged: string
    nextReviewOn: string
    reviewedByName?: string | null
  }[]
  outcome: string | null
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** Pence as pounds and pence: 123450 is '£1,234.50'. */
export const formatPence = (pence: number) => pounds.format(pence / 100)

export function planPdf(
  plan: PlanDocument,
  printing: { agencyName: string; createdAt: Date; madeBy?: string },
): Promise<Buffer> {
  const title = 'Adoption support plan'
  const pdf = taggedPdf({ title, agencyName: printing.agencyName, createdAt: printing.createdAt })
  pdf.paragraph(printing.agencyName, { bold: true, size: 14, gap: 0.8 })
  pdf.heading('H1', title)
  for (const line of plan.about) pdf.field(line.label, line.value)
  pdf.field('Named worker', plan.namedWorkerName ?? 'Not named yet')
  pdf.field('Status', planStatusNames[plan.status])
  if (plan.sharedAt) pdf.field('Shared with the family on', dateOf(plan.sharedAt))
  if (plan.status === 'closed') {
    if (plan.closedAt) pdf.field('Closed on', dateOf(plan.closedAt))
  } else {
    pdf.field('Next review by', dateOf(plan.nextReviewOn))
  }
  pdf.paragraph(
    printing.madeBy
      ? `Printed on ${formatLondonDateTime(printing.createdAt)} by ${printing.madeBy}. This plan holds personal information: keep it securely.`
      : `Printed on ${formatLondonDate(printing.createdAt)}.`,
    { size: 9, gap: 1 },
  )

  pdf.section(() => {
    pdf.heading('H2', 'Services')
    if (plan.services.length === 0) pdf.paragraph('No services in this plan yet.')
    for (const service of plan.services) {
      pdf.section(() => {
        pdf.heading('H3', service.description)
        pdf.field('Provided by', service.provider)
        pdf.field('How often', service.frequency)
        pdf.field(
          'When',
          service.endsOn
            ? `From ${dateOf(service.startsOn)} to ${dateOf(service.endsOn)}`
            : `From ${dateOf(service.startsOn)}`,
        )
        pdf.field('Cost', formatPence(service.costPence))
        pdf.field('Paid for by', fundingSourceNames[service.fundingSource])
      })
    }
  })
  pdf.section(() => {
    pdf.heading('H2', 'Reviews')
    if (plan.reviews.length === 0) pdf.paragraph('No reviews yet.')
    for (const review of plan.reviews) {
      pdf.section(() => {
        pdf.heading('H3', `Review on ${dateOf(review.reviewedOn)}`)
        pdf.text(review.whatChanged, 'Nothing recorded')
        pdf.field('Next review by', dateOf(review.nextReviewOn))
        if (review.reviewedByName) pdf.field('Recorded by', review.reviewedByName)
      })
    }
  })
  if (plan.outcome !== null) {
    pdf.section(() => {
      pdf.heading('H2', 'Outcome')
      pdf.text(plan.outcome, 'No outcome recorded')
    })
  }
  return pdf.finish()
}
