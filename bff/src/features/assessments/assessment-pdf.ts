import {
  assessmentSectionNames,
  assessmentStatusNames,
  type ProposalResponse,
  type StaffAssessment,
} from '../../contract/index.ts'
import { taggedPdf } from '../../platform/pdf/tagged-pdf.ts'
import { formatLondonDate, formatLondonDateTime } from '../../platform/working-days/working-days.ts'

// The assessment and its decision notice as tagged PDFs to print and keep (structure tree, H1 and
// H2 headings, paragraphs, language en-GB, title shown), each with the agency's name at the top.
// The record is staff's: the whole assessment, never the manager's comments. The notice is what
// the family (or birth relative) is sent: the decision and what they told us, never the sections.

/** The staff record of an assessment: everything its page shows but the manager's comments. */
export type AssessmentRecord = Omit<
  StaffAssessment,
  'managerComments' | 'allowedActions' | 'version'
>

/** Who printed it and when, from the service's clock. */
export interface Printing {
  agencyName: string
  createdAt: Date
}

/** A 'yyyy-MM-dd' London date or an ISO instant, as '3 October 2026'. */
export const dateOf = (value: string) =>
  formatLondonDate(value.length > 10 ? new Date(value) : value)

const names = (list: string[], none: string) => (list.length > 0 ? list.join(', ') : none)

export function assessmentRecordPdf(
  record: AssessmentRecord,
  printing: Printing & { madeBy: string },
): Promise<Buffer> {
  const title = 'Assessment of adoption support needs'
  const pdf = taggedPdf({ title, ...printing })
  pdf.paragraph(printing.agencyName, { bold: true, size: 14, gap: 0.8 })
  pdf.heading('H1', title)

  if (record.subject === 'adoptive_family') {
    pdf.field('Family reference', record.subjectName)
    pdf.field('Children assessed', names(record.childNames, 'None named'))
    pdf.field('Adopters assessed', names(record.parentNames, 'None named'))
  } else {
    pdf.field('Birth relative', record.subjectName)
  }
  pdf.field('Council', record.localAuthorityName)
  pdf.field('Worker', record.workerName ?? 'Not allocated')
  pdf.field('Status', assessmentStatusNames[record.status])
  pdf.field('Asked for on', dateOf(record.requestedOn))
  pdf.field('Started on', record.startedOn ? dateOf(record.startedOn) : 'Not started')
  if (record.completeBy) pdf.field('To be finished by', dateOf(record.completeBy))
  if (record.signedOffAt) {
    pdf.field(
      'Signed off',
      `${dateOf(record.signedOffAt)}${record.signedOffByName ? ` by ${record.signedOffByName}` : ''}`,
    )
  }
  pdf.paragraph(
    `Printed on ${formatLondonDateTime(printing.createdAt)} by ${printing.madeBy}. This record holds personal information: keep it securely.`,
    { size: 9, gap: 1 },
  )

  pdf.section(() => {
    pdf.heading('H2', 'Why the assessment was asked for')
    pdf.text(record.reason, 'No reason recorded')
  })
  for (const section of record.sections) {
    pdf.section(() => {
      pdf.heading('H2', assessmentSectionNames[section.section])
      pdf.text(section.content, 'Not written')
      if (section.content.trim() !== '' && !section.finished) {
        pdf.paragraph('This section is not finished.', { size: 9 })
      }
    })
  }
  pdf.section(() => {
    pdf.heading('H2', 'Proposed decision')
    if (record.proposal === null || record.proposalSentAt === null) {
      pdf.paragraph('Not sent yet.')
      return
    }
    pdf.paragraph(
      `Sent on ${dateOf(record.proposalSentAt)}${record.responseDueOn ? `, to be answered by ${dateOf(record.responseDueOn)}` : ''}.`,
      { size: 9 },
    )
    pdf.text(record.proposal, 'No proposal recorded')
  })
  pdf.section(() => {
    pdf.heading('H2', 'Response to the proposed decision')
    if (record.response === null) {
      pdf.paragraph('No response recorded.')
      return
    }
    const on = record.respondedAt ? ` on ${dateOf(record.respondedAt)}` : ''
    if (record.response === 'agreed') {
      pdf.paragraph(`Agreed with the proposed decision${on}.`)
    } else {
      pdf.paragraph(`Made representations${on}:`)
      pdf.text(record.representations, 'No representations recorded')
    }
  })
  pdf.section(() => {
    pdf.heading('H2', 'Decision')
    if (record.decision === null || record.decidedAt === null) {
      pdf.paragraph('Not decided yet.')
      return
    }
    pdf.paragraph(
      `Decided on ${dateOf(record.decidedAt)}${record.decidedByName ? ` by ${record.decidedByName}` : ''}.`,
      { size: 9 },
    )
    pdf.text(record.decision, 'No decision recorded')
  })
  if (record.status === 'withdrawn') {
    pdf.section(() => {
      pdf.heading('H2', 'Withdrawn')
      pdf.text(record.withdrawnReason, 'No reason recorded')
    })
  }
  return pdf.finish()
}

/** The notice of a decision, as sent to the family or birth relative: the same for staff. */
export interface DecisionNotice {
  /** Who it is for: the parents assessed, or the birth relative. */
  forNames: string[]
  /** The children assessed; none for a birth relative. */
  childNames: string[]
  workerName: string | null
  requestedOn: string
  proposal: string | null
  /** ISO instants and 'yyyy-MM-dd' dates, as the contract gives them. */
  proposalSentAt: string | null
  responseDueOn: string | null
  response: ProposalResponse | null
  representations: string | null
  respondedAt: string | null
  decision: string
  decidedAt: string
}

export function decisionNoticePdf(notice: DecisionNotice, printing: Printing): Promise<Buffer> {
  const title = 'Our decision on your assessment of adoption support needs'
  const pdf = taggedPdf({ title, ...printing })
  pdf.paragraph(printing.agencyName, { bold: true, size: 14, gap: 0.8 })
  pdf.heading('H1', title)
  pdf.field('Date', dateOf(notice.decidedAt))
  pdf.field('For', notice.forNames.length > 0 ? notice.forNames.join(' and ') : 'You')
  if (notice.childNames.length > 0) pdf.field('Children', notice.childNames.join(', '))
  if (notice.workerName) pdf.field('Your worker', notice.workerName)
  pdf.field('You asked for an assessment on', dateOf(notice.requestedOn))

  if (notice.proposal !== null && notice.proposalSentAt !== null) {
    pdf.section(() => {
      pdf.heading('H2', 'What we proposed')
      pdf.paragraph(`We sent you what we proposed on ${dateOf(notice.proposalSentAt!)}.`)
      pdf.text(notice.proposal, 'No proposal recorded')
    })
  }
  pdf.section(() => {
    pdf.heading('H2', 'What you told us')
    const on = notice.respondedAt ? ` on ${dateOf(notice.respondedAt)}` : ''
    if (notice.response === 'agreed') {
      pdf.paragraph(`You told us${on} that you agree with what we proposed.`)
    } else if (notice.response === 'representations') {
      pdf.paragraph(`You told us${on} what you wanted us to think about before we decided:`)
      pdf.text(notice.representations, 'No representations recorded')
    } else if (notice.responseDueOn) {
      pdf.paragraph(
        `We did not hear from you by ${dateOf(notice.responseDueOn)}, the date we asked you to reply by.`,
      )
    } else {
      pdf.paragraph('We did not hear from you.')
    }
  })
  pdf.section(() => {
    pdf.heading('H2', 'Our decision and the reasons for it')
    pdf.text(notice.decision, 'No decision recorded')
  })
  pdf.section(() => {
    pdf.heading('H2', 'If you have questions')
    pdf.paragraph(
      notice.workerName
        ? `If you have questions about this decision, or you are unhappy with it, contact your worker, ${notice.workerName}, at ${printing.agencyName}.`
        : `If you have questions about this decision, or you are unhappy with it, contact us at ${printing.agencyName}.`,
    )
  })
  return pdf.finish()
}
