import type { Dashboard, Report, ReportOptions, ReportTable } from '@asp/bff/contract'
import { localAuthorities } from '../../../test/factories.ts'

/** The moment the tests' figures are worked out: 3 October 2026, in the 2026 to 2027 year. */
export const now = new Date('2026-10-03T13:05:00Z')

const coventry = { id: localAuthorities.coventry.id, name: localAuthorities.coventry.name }
const solihull = { id: localAuthorities.solihull.id, name: localAuthorities.solihull.name }

/** What a team manager for two councils may report on, with records since April 2024. */
export function buildReportOptions(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    localAuthorities: [coventry, solihull],
    currentFinancialYear: 2026,
    firstFinancialYear: 2024,
    ...overrides,
  }
}

const column = (
  key: string,
  label: string,
  unit: 'count' | 'pence' | 'days' = 'count',
  summed = true,
) => ({ key, label, unit, summed })

/** The dashboard's open requests: each total is the sum of its row, and each column's too. */
export function buildOpenRequestsTable(): ReportTable {
  return {
    key: 'open_requests',
    caption: 'Open requests by status and tier',
    rowHeader: 'Status',
    columns: [
      column('none', 'Not triaged'),
      column('tier1', 'Tier 1: Information and advice'),
      column('tier2', 'Tier 2: Duty support'),
      column('tier3', 'Tier 3: Allocated case'),
      column('total', 'Total'),
    ],
    rows: [
      { key: 'new', label: 'New', cells: [12, 0, 0, 0, 12] },
      { key: 'duty_support', label: 'Duty support', cells: [0, 3, 21, 0, 24] },
      { key: 'allocated', label: 'Allocated', cells: [0, 0, 2, 57, 59] },
    ],
    total: { label: 'Total', cells: [12, 3, 23, 57, 95] },
    chartColumns: ['total'],
    rolling: [],
    notes: [],
  }
}

export function buildDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    asAt: now.toISOString(),
    financialYear: 2026,
    figures: [
      {
        key: 'overdue',
        label: 'Requests overdue against the standards',
        value: 7,
        unit: 'count',
      },
      { key: 'allocated', label: 'Allocated support cases', value: 59, unit: 'count' },
      {
        key: 'dutyFamilies',
        label: 'Families supported through duty',
        value: 1_204,
        unit: 'count',
      },
      {
        key: 'asfRequested',
        label: 'Fund money applied for this financial year',
        value: 4_979_875,
        unit: 'pence',
      },
      {
        key: 'asfApproved',
        label: 'Fund money approved this financial year',
        value: 2_838_600,
        unit: 'pence',
      },
    ],
    requestsByStatusAndTier: buildOpenRequestsTable(),
    upcomingGroups: [
      {
        id: '3b1f7d2e-6c4a-4e8b-9f10-2a3b4c5d6e7f',
        title: 'Therapeutic parenting: understanding behaviour',
        startsAt: '2026-10-14T09:30:00Z',
        placesLeft: 4,
        capacity: 16,
      },
      {
        id: '3b1f7d2e-6c4a-4e8b-9f10-2a3b4c5d6e80',
        title: 'Teen talk group',
        // Half past midnight on 1 November in London, still 31 October in UTC.
        startsAt: '2026-11-01T00:30:00Z',
        placesLeft: 0,
        capacity: 12,
      },
    ],
    ...overrides,
  }
}

/** Contacts for quarter 2 of 2026 to 2027 in both councils, with the rolling 12 months. */
export function buildContactsReport(overrides: Partial<Report> = {}): Report {
  return {
    report: 'contacts',
    title: 'Contacts to the support and advice line',
    period: {
      label: 'Quarter 2 of 2026 to 2027: July to September 2026',
      from: '2026-07-01',
      to: '2026-09-30',
    },
    localAuthority: null,
    tables: [
      {
        key: 'contacts',
        caption: 'Contacts by local authority and month',
        rowHeader: 'Local authority',
        columns: [
          column('2026-07', 'July 2026'),
          column('2026-08', 'August 2026'),
          column('2026-09', 'September 2026'),
          column('total', 'Total'),
          column('adviceCalls', 'Went on to an advice call'),
          column('averageDays', 'Average working days from enquiry to call', 'days', false),
        ],
        rows: [
          { key: coventry.id, label: coventry.name, cells: [14, 9, 1_021, 1_044, 12, 3.5] },
          { key: solihull.id, label: solihull.name, cells: [3, 0, 2, 5, 0, null] },
        ],
        total: { label: 'Total', cells: [17, 9, 1_023, 1_049, 12, 3.5] },
        chartColumns: ['total', 'adviceCalls'],
        rolling: [
          {
            label: 'Rolling 12 months to 30 September 2026',
            values: { total: 3_980, adviceCalls: 51, averageDays: 4.2 },
          },
          {
            label: 'Rolling 12 months to 30 June 2026 (previous quarter)',
            values: { total: 3_712, adviceCalls: 47, averageDays: 4 },
          },
        ],
        notes: [
          'A contact is a request for support received, whether made in the portal or logged from a call, or a call logged that made no request.',
        ],
      },
    ],
    ...overrides,
  }
}

/** The fund's money for the 2025 to 2026 financial year in Coventry: a table without a chart. */
export function buildAsfReport(): Report {
  return {
    report: 'asf',
    title: 'Adoption Support Fund',
    period: { label: 'Financial year 2025 to 2026', from: '2025-04-01', to: '2026-03-31' },
    localAuthority: coventry,
    tables: [
      {
        key: 'asf_therapies',
        caption: 'Therapy applied for by type',
        rowHeader: 'Therapy type',
        columns: [
          column('applications', 'Applications', 'count', false),
          column('costPence', 'Cost of the therapy', 'pence'),
        ],
        rows: [
          { key: 'theraplay', label: 'Theraplay', cells: [3, 450_050] },
          { key: 'dyadic', label: 'Dyadic developmental psychotherapy', cells: [2, 300_000] },
        ],
        total: { label: 'Total', cells: [4, 750_050] },
        chartColumns: [],
        rolling: [],
        notes: ['One application may ask for more than one type, so the total counts each once.'],
      },
    ],
  }
}
