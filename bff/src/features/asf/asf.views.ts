import type {
  AsfApplication,
  AsfApplicationStatus,
  AsfEligibility,
  AsfOutcomeTool,
  AsfProvider,
  AsfRules,
  AsfTherapyType,
} from '../../contract/index.ts'
import type { BankHolidays } from '../../platform/working-days/working-days.ts'
import { workingDaysBetweenDates } from '../../platform/working-days/working-days.ts'
import type { allowedAsfActions } from './asf-states.ts'
import type {
  AsfApplicationDetailRow,
  AsfEventRow,
  AsfInvoiceRow,
  AsfLineRow,
  AsfProviderRow,
  AsfRuleSetRow,
  AsfSummaryRow,
} from './asf.repository.ts'
import { financialYearBounds, formatPence } from './fund-rules.ts'

// Rows to the contract's shapes.

export function toRules(row: AsfRuleSetRow): AsfRules {
  return {
    name: row.name,
    effectiveFrom: row.effectiveFrom,
    fairAccessLimitPence: row.fairAccessLimitPence,
    assessmentLimitPence: row.assessmentLimitPence,
    assessmentsWithinLimit: row.assessmentsWithinLimit,
    matchFundingAllowed: row.matchFundingAllowed,
    applicationDueWorkingDays: row.applicationDueWorkingDays,
  }
}

export function toProvider(row: AsfProviderRow): AsfProvider {
  return {
    id: row.id,
    name: row.name,
    registrationBody: row.registrationBody,
    registrationNumber: row.registrationNumber,
    therapies: row.therapies as AsfTherapyType[],
    sessionRatePence: row.sessionRatePence,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    version: row.version,
  }
}

/** Statuses before the application reaches the fund: its due date still matters. */
const beforeTheFund: readonly AsfApplicationStatus[] = [
  'draft',
  'awaiting_approval',
  'ready_to_submit',
]
/** Statuses in which therapy is, or is about to be, paid for. */
const therapyStatuses: readonly AsfApplicationStatus[] = ['approved', 'in_progress']
/** Days before 31 March from which the page warns that the year's therapy must end. */
const yearEndWarningDays = 42

function deadlineOf(
  application: AsfApplicationDetailRow['application'],
  today: string,
  holidays: BankHolidays,
): AsfApplication['deadline'] {
  const status = application.status as AsfApplicationStatus
  if (!beforeTheFund.includes(status)) {
    return application.submittedOn && application.submittedOn > application.dueOn ? 'late' : 'met'
  }
  if (today > application.dueOn) return 'late'
  return workingDaysBetweenDates(today, application.dueOn, holidays) <= 5 ? 'soon' : 'open'
}

function warningsOf(
  application: AsfApplicationDetailRow['application'],
  lines: readonly AsfLineRow[],
  today: string,
): string[] {
  const { endsOn } = financialYearBounds(application.financialYear)
  const status = application.status as AsfApplicationStatus
  const warnings: string[] = []
  const late = lines.filter((row) => row.line.endsOn > endsOn)
  if (late.length > 0 && status !== 'completed' && status !== 'withdrawn') {
    warnings.push(
      `${late.length === 1 ? 'One therapy ends' : `${late.length} therapies end`} after 31 March: therapy must finish within the financial year`,
    )
  }
  const daysLeft = (Date.parse(endsOn) - Date.parse(today)) / 86_400_000
  if (therapyStatuses.includes(status) && daysLeft >= 0 && daysLeft <= yearEndWarningDays) {
    warnings.push(
      `The financial year ends on 31 March: ${formatPence(Math.max(0, (application.approvedPence ?? 0) - application.invoicedPence))} of the approved amount is not yet invoiced`,
    )
  }
  return warnings
}

export function toApplication(
  row: AsfApplicationDetailRow,
  parts: {
    lines: AsfLineRow[]
    events: AsfEventRow[]
    invoices: AsfInvoiceRow[]
    allowedActions: ReturnType<typeof allowedAsfActions>
    today: string
    holidays: BankHolidays
  },
): AsfApplication {
  const a = row.application
  return {
    id: a.id,
    childId: a.childId,
    childName: `${row.childFirstName} ${row.childLastName}`,
    familyId: a.familyId,
    familyReference: row.familyReference,
    localAuthorityId: a.localAuthorityId,
    planServiceId: a.planServiceId,
    renewsApplicationId: a.renewsApplicationId,
    financialYear: a.financialYear,
    rules: toRules(row.rules),
    eligibility: a.eligibility as AsfEligibility,
    justification: a.justification,
    assessedOn: a.assessedOn,
    dueOn: a.dueOn,
    deadline: deadlineOf(a, parts.today, parts.holidays),
    warnings: warningsOf(a, parts.lines, parts.today),
    status: a.status as AsfApplicationStatus,
    totalPence: a.totalPence,
    matchFundingPence: a.matchFundingPence,
    requestedPence: a.requestedPence,
    approvedPence: a.approvedPence,
    approvedInPart: a.approvedPence !== null && a.approvedPence < a.requestedPence,
    invoicedPence: a.invoicedPence,
    remainingPence: a.approvedPence === null ? null : a.approvedPence - a.invoicedPence,
    fundReference: a.fundReference,
    submittedOn: a.submittedOn,
    decidedOn: a.decidedOn,
    workerName: row.workerName,
    lines: parts.lines.map(({ line, providerName, invoicedPence }) => ({
      id: line.id,
      therapyType: line.therapyType as AsfTherapyType,
      providerId: line.providerId,
      providerName,
      sessions: line.sessions,
      costPence: line.costPence,
      outcomeTool: line.outcomeTool as AsfOutcomeTool,
      baselineScore: line.baselineScore,
      endScore: line.endScore,
      endsOn: line.endsOn,
      invoicedPence,
    })),
    events: parts.events.map(({ event, byName }) => ({
      status: event.status as AsfApplicationStatus,
      happenedOn: event.happenedOn,
      note: event.note,
      byName,
    })),
    invoices: parts.invoices.map(({ invoice, recordedByName }) => ({
      id: invoice.id,
      lineId: invoice.lineId,
      invoiceNumber: invoice.invoiceNumber,
      invoicedOn: invoice.invoicedOn,
      amountPence: invoice.amountPence,
      recordedByName,
    })),
    allowedActions: parts.allowedActions,
    version: a.version,
  }
}

export function toSummary(row: AsfSummaryRow) {
  return {
    id: row.id,
    childName: `${row.childFirstName} ${row.childLastName}`,
    familyReference: row.familyReference,
    financialYear: row.financialYear,
    status: row.status as AsfApplicationStatus,
    therapyTypes: row.therapyTypes as AsfTherapyType[],
    requestedPence: row.requestedPence,
    approvedPence: row.approvedPence,
    invoicedPence: row.invoicedPence,
    dueOn: row.dueOn,
    updatedAt: row.updatedAt.toISOString(),
  }
}
