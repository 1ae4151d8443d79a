import type { Db, Reader } from '@asp/db'
import {
  asfTherapyTypeNames,
  feedbackRatingNames,
  feedbackRatings,
  groupEventKindNames,
  reportTitles,
  supportStatusNames,
  type AsfTherapyType,
  type Dashboard,
  type GroupEventKind,
  type Report,
  type ReportName,
  type ReportOptions,
  type ReportQuery,
  type ReportTable,
  type SupportStatus,
} from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import type { Clock } from '../../platform/clock.ts'
import { AppError } from '../../platform/errors.ts'
import { toLondonDate } from '../../platform/working-days/working-days.ts'
import { findGroupFigures } from '../groups/index.ts'
import {
  financialYearOf,
  monthName,
  monthsBetween,
  resolvePeriod,
  type DateRange,
  type ReportPeriod,
} from './periods.ts'
import {
  countAdviceCalls,
  countAsfApplications,
  countAsfTherapies,
  countAssessments,
  countBirthRelativeReferrals,
  countCaseloadAsAt,
  countContacts,
  countFeedback,
  countLetters,
  countOpenRequests,
  countOverdueExchanges,
  countServiceNow,
  findFirstRecordDate,
  findReportAreas,
  findTiers,
  findUpcomingGroups,
  sumAsfInvoices,
  type ReportScope,
} from './reports.repository.ts'
import { averageOf, buildTable, column, reportCsv, type Figures, type TableRow } from './tables.ts'

// The service's figures (DOMAIN.md §9, ADR 0022): each report counted from the records of the
// period, by local authority, for managers and data analysts, every run audited.

interface Area {
  id: string
  name: string
}

/** What a report's tables are built from. */
interface ReportContext {
  db: Reader
  actor: Actor
  scope: ReportScope
  areas: Area[]
  range: DateRange & { months: string[] }
  now: Date
}

/** One row per area the report covers, each with the figures counted for it (noughts if none). */
function areaRows(
  areas: Area[],
  figuresOf: (localAuthorityId: string) => Figures,
  extra: TableRow[] = [],
): TableRow[] {
  return [
    ...areas.map((area) => ({ key: area.id, label: area.name, figures: figuresOf(area.id) })),
    ...extra,
  ]
}

/** Rows of a query, by local authority. */
const byArea = <T extends { localAuthorityId: string | null }>(rows: T[]) =>
  new Map(rows.map((row) => [row.localAuthorityId, row]))

const areaHeader = 'Local authority'
const trainingKinds: readonly GroupEventKind[] = [
  'family_and_friends_training',
  'therapeutic_parenting_course',
]

const builders: Record<ReportName, (context: ReportContext) => Promise<ReportTable[]>> = {
  async contacts({ db, scope, areas, range }) {
    const [contacts, calls] = await Promise.all([
      countContacts(db, scope, range),
      countAdviceCalls(db, scope, range),
    ])
    const callsByArea = byArea(calls)
    const figuresOf = (localAuthorityId: string | null): Figures => {
      const figures: Figures = {}
      for (const month of range.months) figures[month] = 0
      for (const row of contacts) {
        if (row.localAuthorityId === localAuthorityId) {
          figures[row.month] = (figures[row.month] ?? 0) + row.contacts
        }
      }
      const call = callsByArea.get(localAuthorityId)
      return {
        ...figures,
        total: range.months.reduce((sum, month) => sum + (figures[month] ?? 0), 0),
        adviceCalls: call?.calls ?? 0,
        averageDays: averageOf(call?.days ?? 0, call?.calls ?? 0),
      }
    }
    const unrecorded = contacts.some((row) => row.localAuthorityId === null)
      ? [{ key: 'not_recorded', label: 'Local authority not recorded', figures: figuresOf(null) }]
      : []
    const allCalls = calls.reduce((sum, row) => sum + row.calls, 0)
    const allDays = calls.reduce((sum, row) => sum + row.days, 0)
    return [
      buildTable({
        key: 'contacts',
        caption: 'Contacts by local authority and month',
        rowHeader: areaHeader,
        columns: [
          ...range.months.map((month) => column(month, monthName(month))),
          column('total', 'Total'),
          column('adviceCalls', 'Went on to an advice call'),
          column('averageDays', 'Average working days from enquiry to call', 'days', false),
        ],
        rows: areaRows(areas, figuresOf, unrecorded),
        unsummedTotals: { averageDays: averageOf(allDays, allCalls) },
        chartColumns: ['total', 'adviceCalls'],
        notes: [
          'A contact is a request for support received, whether made in the portal or logged from a call, or a call logged that made no request.',
          'Advice calls and days to the call are for the requests received in the period.',
        ],
      }),
    ]
  },

  async caseload({ db, scope, areas, range }) {
    const [cases, assessments] = await Promise.all([
      countCaseloadAsAt(db, scope, range.to),
      countAssessments(db, scope, range),
    ])
    const casesByArea = byArea(cases)
    const assessmentsByArea = byArea(assessments)
    const dutyFamilies = new Set(cases.flatMap((row) => row.dutyFamilyIds))
    return [
      buildTable({
        key: 'caseload',
        caption: 'Caseload by local authority',
        rowHeader: areaHeader,
        columns: [
          column('allocated', 'Allocated support cases at the end of the period'),
          column(
            'dutyFamilies',
            'Families supported through duty at the end of the period',
            'count',
            false,
          ),
          column('completed', 'Assessments completed in the period'),
          column('awaiting', 'Awaiting assessment at the end of the period'),
        ],
        rows: areaRows(areas, (id) => ({
          allocated: casesByArea.get(id)?.allocated ?? 0,
          dutyFamilies: casesByArea.get(id)?.dutyFamilies ?? 0,
          completed: assessmentsByArea.get(id)?.completed ?? 0,
          awaiting: assessmentsByArea.get(id)?.awaiting ?? 0,
        })),
        unsummedTotals: { dutyFamilies: dutyFamilies.size },
        chartColumns: ['allocated', 'dutyFamilies', 'awaiting'],
        notes: [
          'Cases are counted as they stood at the end of the period, from each request’s history, so a past period’s figures do not change.',
          'A family with two requests supported through duty counts once.',
        ],
      }),
    ]
  },

  async asf({ db, scope, areas, range }) {
    const [applications, invoices, therapies] = await Promise.all([
      countAsfApplications(db, scope, range),
      sumAsfInvoices(db, scope, range),
      countAsfTherapies(db, scope, range),
    ])
    const applicationsByArea = byArea(applications)
    const invoicesByArea = byArea(invoices)
    return [
      buildTable({
        key: 'asf',
        caption: 'Applications and money by local authority',
        rowHeader: areaHeader,
        columns: [
          column('applications', 'Applications sent to the fund'),
          column('approved', 'Applications approved'),
          column('requestedPence', 'Funds applied for', 'pence'),
          column('approvedPence', 'Funds approved', 'pence'),
          column('spentPence', 'Funds spent', 'pence'),
        ],
        rows: areaRows(areas, (id) => ({
          applications: applicationsByArea.get(id)?.applications ?? 0,
          approved: applicationsByArea.get(id)?.approved ?? 0,
          requestedPence: applicationsByArea.get(id)?.requestedPence ?? 0,
          approvedPence: applicationsByArea.get(id)?.approvedPence ?? 0,
          spentPence: invoicesByArea.get(id)?.spentPence ?? 0,
        })),
        chartColumns: ['applications', 'approved'],
        notes: [
          'Applications are counted when sent to the fund, approvals when decided, and money spent when invoiced, each in the period.',
        ],
      }),
      buildTable({
        key: 'asf_therapies',
        caption: 'Therapy applied for by type',
        rowHeader: 'Therapy type',
        columns: [
          column('applications', 'Applications', 'count', false),
          column('costPence', 'Cost of the therapy', 'pence'),
        ],
        rows: [...therapies.byType]
          .sort((a, b) => b.costPence - a.costPence || a.therapyType.localeCompare(b.therapyType))
          .map((row) => ({
            key: row.therapyType,
            label: asfTherapyTypeNames[row.therapyType as AsfTherapyType] ?? row.therapyType,
            figures: { applications: row.applications, costPence: row.costPence },
          })),
        unsummedTotals: { applications: therapies.applications },
        chartColumns: ['applications'],
        notes: ['One application may ask for more than one type, so the total counts each once.'],
      }),
    ]
  },

  async letterbox({ db, scope, areas, range }) {
    const [released, overdue] = await Promise.all([
      countLetters(db, scope, range),
      countOverdueExchanges(db, scope, range.to),
    ])
    const lettersByArea = byArea(released.rows)
    const overdueByArea = byArea(overdue)
    return [
      buildTable({
        key: 'letterbox',
        caption: 'Letterbox exchanges by local authority',
        rowHeader: areaHeader,
        columns: [
          column('letters', 'Transactions'),
          column('fromFamilies', 'From adoptive families'),
          column('fromBirthRelatives', 'From birth families'),
          column('families', 'Adoptive families involved', 'count', false),
          column('overdue', 'Exchanges overdue at the end of the period'),
        ],
        rows: areaRows(areas, (id) => ({
          letters: lettersByArea.get(id)?.letters ?? 0,
          fromFamilies: lettersByArea.get(id)?.fromFamilies ?? 0,
          fromBirthRelatives: lettersByArea.get(id)?.fromBirthRelatives ?? 0,
          families: lettersByArea.get(id)?.families ?? 0,
          overdue: overdueByArea.get(id)?.overdue ?? 0,
        })),
        unsummedTotals: { families: released.families },
        chartColumns: ['fromFamilies', 'fromBirthRelatives'],
        notes: [
          'A transaction is a letter checked and released in the period, by the local authority of its contact agreement.',
          'An exchange is overdue when its month has ended and no letter was sent for checking, or logged on paper, by the end of the period.',
        ],
      }),
    ]
  },

  async groups({ db, actor, areas, range, now }) {
    const localAuthorityId = areas.length === 1 ? areas[0]!.id : undefined
    const figures = await findGroupFigures(db, actor, { ...range, localAuthorityId }, now)
    const kinds = new Map<string, number>()
    for (const event of figures.events) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1)
    return [
      buildTable({
        key: 'groups_participation',
        caption: 'Places booked and who took part, by local authority',
        rowHeader: areaHeader,
        columns: [
          column('placesBooked', 'Places booked'),
          column('childrenReached', 'Children and young people taking part at least once'),
          column('familiesReached', 'Families taking part'),
        ],
        rows: figures.byLocalAuthority.map((row) => ({
          key: row.localAuthorityId ?? row.kind,
          label: row.name,
          figures: {
            placesBooked: row.placesBooked,
            childrenReached: row.childrenReached,
            familiesReached: row.familiesReached,
          },
        })),
        chartColumns: ['placesBooked', 'childrenReached'],
        notes: [
          'By the family’s local authority. Events are those starting in the period and not cancelled.',
        ],
      }),
      buildTable({
        key: 'groups_activities',
        caption: 'Activities and training courses held',
        rowHeader: 'Kind of event',
        columns: [
          column('activities', 'Activities held'),
          column('training', 'Training courses held'),
        ],
        rows: [...kinds]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([kind, events]) => {
            const training = trainingKinds.includes(kind as GroupEventKind)
            return {
              key: kind,
              label: groupEventKindNames[kind as GroupEventKind] ?? kind,
              figures: { activities: training ? 0 : events, training: training ? events : 0 },
            }
          }),
        chartColumns: ['activities', 'training'],
        notes: ['Events for every local authority are counted once, whatever authority is chosen.'],
      }),
    ]
  },

  async birth_relative_referrals({ db, scope, areas, range }) {
    const { referrals, assessments } = await countBirthRelativeReferrals(db, scope, range)
    const referralsByArea = byArea(referrals)
    const assessmentsByArea = byArea(assessments)
    return [
      buildTable({
        key: 'birth_relative_referrals',
        caption: 'Birth relatives’ requests for support by local authority',
        rowHeader: areaHeader,
        columns: [
          column('referrals', 'Requests for support received'),
          column('assessments', 'Needs assessments asked for'),
        ],
        rows: areaRows(areas, (id) => ({
          referrals: referralsByArea.get(id)?.referrals ?? 0,
          assessments: assessmentsByArea.get(id)?.assessments ?? 0,
        })),
        chartColumns: ['referrals'],
      }),
    ]
  },

  async feedback({ db, scope, areas, range }) {
    const { closed, ratings } = await countFeedback(db, scope, range)
    const closedByArea = byArea(closed)
    return [
      buildTable({
        key: 'feedback',
        caption: 'Feedback left when requests closed, by local authority',
        rowHeader: areaHeader,
        columns: [
          column('closed', 'Requests closed'),
          column('returns', 'Feedback returned'),
          ...feedbackRatings.map((rating) => column(rating, feedbackRatingNames[rating])),
        ],
        rows: areaRows(areas, (id) => {
          const figures: Figures = { closed: closedByArea.get(id)?.closed ?? 0, returns: 0 }
          for (const rating of feedbackRatings) figures[rating] = 0
          for (const row of ratings.filter((r) => r.localAuthorityId === id)) {
            figures[row.rating] = (figures[row.rating] ?? 0) + row.returns
            figures.returns = (figures.returns ?? 0) + row.returns
          }
          return figures
        }),
        chartColumns: [...feedbackRatings],
        notes: [
          'Families and birth relatives may say how satisfied they were once a request is closed. Feedback is counted in the period it was left.',
        ],
      }),
    ]
  },
}

/** Reports counted over a period rather than at its end, which a quarter compares over 12 months. */
const flowReports: readonly ReportName[] = [
  'contacts',
  'asf',
  'letterbox',
  'groups',
  'birth_relative_referrals',
  'feedback',
]
const isMonthKey = (key: string) => /^\d{4}-\d{2}$/.test(key)

export function reportsService(db: Db, clock: Clock) {
  /** The caller's local authorities, or the one chosen among them. */
  async function scopeFor(actor: Actor, localAuthorityId: string | undefined) {
    if (localAuthorityId && !actor.localAuthorityIds.includes(localAuthorityId)) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: { localAuthorityId: 'Select a local authority' },
      })
    }
    const ids = localAuthorityId ? [localAuthorityId] : actor.localAuthorityIds
    const areas = await findReportAreas(db, actor.organisationId, ids)
    const scope: ReportScope = {
      organisationId: actor.organisationId,
      localAuthorityIds: areas.map((area) => area.id),
      allAreas: !localAuthorityId,
    }
    return { scope, areas }
  }

  async function build(actor: Actor, name: ReportName, query: ReportQuery): Promise<Report> {
    const period: ReportPeriod = resolvePeriod(query)
    const { scope, areas } = await scopeFor(actor, query.localAuthorityId)
    const context = { db, actor, scope, areas, now: clock() }
    const tables = await builders[name]({ ...context, range: period })
    if (period.rolling.length > 0 && flowReports.includes(name)) {
      const rolling = await Promise.all(
        period.rolling.map(async (range) => ({
          label: range.label,
          tables: await builders[name]({
            ...context,
            range: { ...range, months: monthsBetween(range.from, range.to) },
          }),
        })),
      )
      for (const [index, table] of tables.entries()) {
        table.rolling = rolling.map(({ label, tables: rollingTables }) => {
          const other = rollingTables[index]!
          const values: Record<string, number | null> = {}
          for (const [at, c] of other.columns.entries()) {
            if (!isMonthKey(c.key)) values[c.key] = other.total.cells[at] ?? null
          }
          return { label, values }
        })
      }
    }
    const chosen = query.localAuthorityId ? areas[0]! : null
    return {
      report: name,
      title: reportTitles[name],
      period: { label: period.label, from: period.from, to: period.to },
      localAuthority: chosen ? { id: chosen.id, name: chosen.name } : null,
      tables,
    }
  }

  async function audit(actor: Actor, report: Report, details: Record<string, unknown> = {}) {
    await recordAudit(db, auditContextOf(actor), {
      action: 'read',
      recordType: 'report',
      localAuthorityId: report.localAuthority?.id ?? null,
      details: {
        report: report.report,
        from: report.period.from,
        to: report.period.to,
        ...details,
      },
    })
  }

  return {
    async options(actor: Actor): Promise<ReportOptions> {
      const [{ areas }, first] = await Promise.all([
        scopeFor(actor, undefined),
        findFirstRecordDate(db, actor.organisationId),
      ])
      const current = financialYearOf(toLondonDate(clock()))
      return {
        localAuthorities: areas,
        currentFinancialYear: current,
        firstFinancialYear: first
          ? Math.min(financialYearOf(toLondonDate(first)), current)
          : current,
      }
    },

    async get(actor: Actor, name: ReportName, query: ReportQuery): Promise<Report> {
      const report = await build(actor, name, query)
      await audit(actor, report)
      return report
    },

    async csv(actor: Actor, name: ReportName, query: ReportQuery) {
      const report = await build(actor, name, query)
      const suppress = query.suppress === 'true'
      await audit(actor, report, { download: 'csv', suppressed: suppress })
      const heading = [
        report.title,
        report.period.label,
        report.localAuthority?.name ?? 'All local authorities',
      ]
      const fileName = `${name.replaceAll('_', '-')}-${report.period.from}-to-${report.period.to}${
        suppress ? '-for-publication' : ''
      }.csv`
      return { content: reportCsv(heading, report.tables, suppress), fileName }
    },

    async dashboard(actor: Actor): Promise<Dashboard> {
      const now = clock()
      const today = toLondonDate(now)
      const financialYear = financialYearOf(today)
      const { scope } = await scopeFor(actor, undefined)
      const [open, tiers, service, groups] = await Promise.all([
        countOpenRequests(db, scope),
        findTiers(db, actor.organisationId),
        countServiceNow(db, scope, today, financialYear),
        findUpcomingGroups(db, scope, now),
      ])
      const levels = [...tiers].sort((a, b) => a.level - b.level)
      const statuses = [...new Set(open.map((row) => row.status))].sort(
        (a, b) => statusOrder.indexOf(a as SupportStatus) - statusOrder.indexOf(b as SupportStatus),
      )
      const requestsByStatusAndTier = buildTable({
        key: 'open_requests',
        caption: 'Open requests by status and tier',
        rowHeader: 'Status',
        columns: [
          column('none', 'Not triaged'),
          ...levels.map((tier) => column(`tier${tier.level}`, `Tier ${tier.level}: ${tier.name}`)),
          column('total', 'Total'),
        ],
        rows: statuses.map((status) => {
          const figures: Figures = { none: 0, total: 0 }
          for (const tier of levels) figures[`tier${tier.level}`] = 0
          for (const row of open.filter((r) => r.status === status)) {
            const key = row.tier === null ? 'none' : `tier${row.tier}`
            figures[key] = (figures[key] ?? 0) + row.requests
            figures.total = (figures.total ?? 0) + row.requests
          }
          return {
            key: status,
            label: supportStatusNames[status as SupportStatus] ?? status,
            figures,
          }
        }),
        chartColumns: ['total'],
      })
      const dashboard: Dashboard = {
        asAt: now.toISOString(),
        financialYear,
        figures: [
          {
            key: 'overdue',
            label: 'Requests overdue against the standards',
            value: service.requests.overdue,
            unit: 'count',
          },
          {
            key: 'allocated',
            label: 'Allocated support cases',
            value: service.requests.allocated,
            unit: 'count',
          },
          {
            key: 'dutyFamilies',
            label: 'Families supported through duty',
            value: service.requests.dutyFamilies,
            unit: 'count',
          },
          {
            key: 'assessmentsWaiting',
            label: 'Assessments waiting to start',
            value: service.assessments.waiting,
            unit: 'count',
          },
          {
            key: 'assessmentsLate',
            label: 'Assessments late',
            value: service.assessments.late,
            unit: 'count',
          },
          {
            key: 'lettersWaiting',
            label: 'Letters waiting to be checked',
            value: service.letters.letters,
            unit: 'count',
          },
          {
            key: 'asfRequested',
            label: 'Fund money applied for this financial year',
            value: service.money.requestedPence,
            unit: 'pence',
          },
          {
            key: 'asfApproved',
            label: 'Fund money approved this financial year',
            value: service.money.approvedPence,
            unit: 'pence',
          },
          {
            key: 'asfInvoiced',
            label: 'Fund money spent this financial year',
            value: service.money.invoicedPence,
            unit: 'pence',
          },
        ],
        requestsByStatusAndTier,
        upcomingGroups: groups.map((event) => ({
          id: event.id,
          title: event.title,
          startsAt: event.startsAt!.toISOString(),
          capacity: event.capacity,
          placesLeft: event.capacity - event.placesBooked,
        })),
      }
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'report',
        details: { report: 'dashboard' },
      })
      return dashboard
    },
  }
}

const statusOrder: SupportStatus[] = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
]
