import {
  asfApplicationStatusNames,
  type AsfApplication,
  type AsfApplicationStatus,
} from '@asp/bff/contract'
import { Tag, type TagColour } from '../../../components/tag.tsx'

// How the fund's applications read on every page: the status as a tag, the financial year.

const statusColours: Record<AsfApplicationStatus, TagColour | undefined> = {
  draft: 'grey',
  awaiting_approval: 'yellow',
  ready_to_submit: 'yellow',
  submitted: undefined,
  information_requested: 'orange',
  approved: 'green',
  declined: 'red',
  in_progress: 'teal',
  completed: 'green',
  withdrawn: 'grey',
}

/** A status as a GOV.UK tag; an approval in part says so. */
export function AsfStatusTag({
  status,
  approvedInPart = false,
}: {
  status: AsfApplicationStatus
  approvedInPart?: boolean
}) {
  const colour = statusColours[status]
  const words =
    status === 'approved' && approvedInPart
      ? 'Approved in part by the fund'
      : asfApplicationStatusNames[status]
  return colour ? <Tag colour={colour}>{words}</Tag> : <Tag>{words}</Tag>
}

/** "2026 to 2027", as GOV.UK writes a financial year. */
export function financialYearName(financialYear: number): string {
  return `${String(financialYear)} to ${String(financialYear + 1)}`
}

/** The financial year (1 April to 31 March) a date 'yyyy-MM-dd' falls in. */
export function financialYearOf(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4))
  return Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1
}

/**
 * The financial year a renewal is for, as the BFF starts it: the year after the application's, or
 * this one if that has already gone by.
 */
export function renewalFinancialYear(financialYear: number, today: string): number {
  return Math.max(financialYear + 1, financialYearOf(today))
}

/** The deadline in words, for the application page. */
export const deadlineWords: Record<AsfApplication['deadline'], string | undefined> = {
  late: 'Late',
  soon: 'Due soon',
  met: undefined,
  open: undefined,
}
