// Issue 20's rules, on generated records: every summed column's total is the sum of its cells,
// and every figure is a count of the records it stands for. fast-check makes a small set of
// records around one quarter of the financial year 2031 to 2032, far from the demo's: support
// requests in the demo agency's four areas, received at any time in the quarter and the months
// either side, often within minutes of London's midnight at a month's end (in summer time too,
// when that midnight is 23:00 UTC), each with later changes of status made as the app makes them
// (an UPDATE with `updated_at`, so the database writes the history); calls to the support line
// with and without a request, some with no local authority; letters, released or not; and the
// letters families owe under their agreements, answered in the portal, on paper or not at all. The
// reports are asked for over HTTP as the team manager, and each figure is worked out again here in
// plain TypeScript from the records generated. Each run's records are removed after it.
//
// The demo's records are years before 2031, so they count in no period here but one: cases still
// open today are still open "as at" any later date, as are the demo's overdue exchanges and the
// assessments still waiting to start. Those figures are read once before the runs, as a baseline
// that the generated records add to.
import {
  birthRelatives,
  children,
  contactAgreements,
  contactLogs,
  demoEmail,
  demoOrganisation,
  eq,
  families,
  inArray,
  letterboxExchanges,
  letters,
  localAuthorities,
  organisations,
  supportRequests,
  users,
  type Db,
} from '@asp/db'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportNames, type Report, type ReportTable } from '../../contract/index.ts'
import { expectStatus, signInAs, type Browser } from '../../testing/sign-in.ts'
import { createTestApp, type TestApp } from '../../testing/test-app.ts'

/** The financial year the records are made in: 2031 to 2032. */
const year = 2031
/** The app's clock: after every period asked about, so each is wholly past. */
const now = new Date('2033-06-01T09:00:00Z')

let t: TestApp
let db: Db
let manager: Browser
let organisationId = ''
let dutyUserId = ''
let workerId = ''
/** The demo agency's four areas, by name, as the reports list them. */
let areas: { id: string; name: string }[] = []
/** Families of this test's own, two in each area, so that no demo family is counted with them. */
let familyIds: string[] = []
/** Each family's area, by index. */
const familyArea = (family: number) => family % 4
/** Agreements: one for each family in its own area, and two more in another area (see below). */
let agreements: { id: string; family: number; area: number }[] = []
let relativeIds: string[] = []
let reference = 0

// ---- London time, worked out here rather than with the BFF's own helpers ---------------------

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The London calendar date of an instant, 'yyyy-MM-dd'. */
function londonDate(instant: Date) {
  const part = Object.fromEntries(londonParts.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${part.year}-${part.month}-${part.day}`
}

/** The instant London's clocks show midnight at the start of `date`. */
function londonMidnight(date: string) {
  const utc = Date.parse(`${date}T00:00:00Z`)
  // London is on UTC or an hour ahead of it, so its midnight is at 00:00 or at 23:00 UTC the day
  // before; in summer time the hour before UTC's midnight is already that date in London.
  return new Date(londonDate(new Date(utc - 3_600_000)) === date ? utc - 3_600_000 : utc)
}

/** 'yyyy-MM' `n` months after `month`. */
function addMonths(month: string, n: number) {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The last day of a month, 'yyyy-MM-dd'. */
function lastDay(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

const between = (instant: Date, range: { from: string; to: string }) => {
  const date = londonDate(instant)
  return date >= range.from && date <= range.to
}

// ---- What is generated -------------------------------------------------------------------------

const changeStatuses = [
  'new',
  'duty_support',
  'advice_call_booked',
  'awaiting_allocation',
  'allocated',
  'closed',
  'withdrawn',
] as const
type Status = (typeof changeStatuses)[number]

interface GeneratedRequest {
  /** A family's request (its index), or a birth relative's (theirs). */
  queue: 'family' | 'birth_relative'
  family: number
  relative: number
  /** The area the request is recorded in: mostly the family's own, sometimes another. */
  area: number
  receivedAt: Date
  /** Working days from the enquiry to a booked advice call, if one was booked. */
  adviceDays: number | null
  /** Later changes of status, in order, each after the last. */
  changes: { at: Date; status: Status }[]
  /** Whether the support line logged the call that made it: a contact naming the request. */
  logged: boolean
}

interface GeneratedCall {
  area: number | null
  receivedAt: Date
  /** An update on one of the generated requests (by index), if any: not a new contact. */
  aboutRequest: number | null
}

interface GeneratedLetter {
  agreement: number
  fromSide: 'adoptive_family' | 'birth_relative'
  /** Released at `at`, or still waiting to be checked (sent at `at`). */
  released: boolean
  at: Date
}

interface GeneratedExchange {
  agreement: number
  /** The month the family's letter is due in, 'yyyy-MM'. */
  month: string
  /**
   * The letter that answered it: written in the portal and sent for checking at `at` (released
   * two days later), or a paper letter logged by staff at `at`.
   */
  answer: { channel: 'portal' | 'paper'; at: Date } | null
}

interface Period {
  kind: 'quarter' | 'month'
  quarter: number
  /** The calendar months of the period, in order. */
  months: string[]
  from: string
  to: string
  /** Asked of one area (its index) or of every area. */
  area: number | null
}

interface Records {
  period: Period
  requests: GeneratedRequest[]
  calls: GeneratedCall[]
  letters: GeneratedLetter[]
  exchanges: GeneratedExchange[]
}

/** The first month of quarter `q` of the year: quarter 1 is April to June. */
const quarterStart = (quarter: number) => addMonths(`${year}-04`, (quarter - 1) * 3)

/**
 * An instant in the quarter or a month either side: anywhere, or within 90 minutes of London's
 * midnight at the start of one of those months, where a month's count is easiest to get wrong.
 */
function instantAround(quarter: number) {
  const first = addMonths(quarterStart(quarter), -1)
  const starts = [0, 1, 2, 3, 4, 5].map((n) => londonMidnight(`${addMonths(first, n)}-01`))
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: starts[0]!.getTime(), max: starts[5]!.getTime() - 1 })
        .map((ms) => new Date(ms)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...starts), fc.integer({ min: -90, max: 90 }))
        .map(([start, minutes]) => new Date(start.getTime() + minutes * 60_000)),
    },
  )
}

const periodOf = (
  quarter: number,
  kind: 'quarter' | 'month',
  month: number,
  area: number | null,
) => {
  const start = quarterStart(quarter)
  const months =
    kind === 'quarter' ? [0, 1, 2].map((n) => addMonths(start, n)) : [addMonths(start, month)]
  return { kind, quarter, months, from: `${months[0]}-01`, to: lastDay(months.at(-1)!), area }
}

/** A run's records and the period asked about: a quarter or one of its months, or `kinds`. */
const recordsOf = (kinds: Period['kind'][] = ['quarter', 'month']): fc.Arbitrary<Records> =>
  fc
    .record({
      quarter: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom(...kinds),
      month: fc.integer({ min: 0, max: 2 }),
      area: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    })
    .chain(({ quarter, kind, month, area }) => {
      const period = periodOf(quarter, kind, month, area)
      const instant = instantAround(quarter)
      // Changes of status fall anywhere after the request, or just either side of the period's end.
      const periodEnd = londonMidnight(`${addMonths(period.months.at(-1)!, 1)}-01`)
      const change = fc.record({
        at: fc.oneof(
          instant,
          fc.integer({ min: -30, max: 30 }).map((m) => new Date(periodEnd.getTime() + m * 60_000)),
        ),
        status: fc.constantFrom(...changeStatuses),
      })
      const request = fc
        .record({
          queue: fc.constantFrom('family' as const, 'family' as const, 'birth_relative' as const),
          family: fc.integer({ min: 0, max: 7 }),
          relative: fc.integer({ min: 0, max: 1 }),
          otherArea: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }),
          receivedAt: instant,
          adviceDays: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
          changes: fc.array(change, { maxLength: 3 }),
          logged: fc.boolean(),
        })
        .map(({ otherArea, changes, ...r }): GeneratedRequest => {
          // Only changes after the request came in, in time order, one at each instant.
          const later = changes
            .filter((c) => c.at > r.receivedAt)
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .filter((c, i, all) => i === 0 || c.at.getTime() !== all[i - 1]!.at.getTime())
          return { ...r, area: otherArea ?? familyArea(r.family), changes: later }
        })
      return fc.record({
        period: fc.constant(period),
        requests: fc.array(request, { maxLength: 12 }),
        calls: fc.array(
          fc.record({
            area: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 3 }),
            receivedAt: instant,
            aboutRequest: fc.option(fc.nat(), { nil: null, freq: 3 }),
          }),
          { maxLength: 8 },
        ),
        letters: fc.array(
          fc.record({
            agreement: fc.integer({ min: 0, max: 9 }),
            fromSide: fc.constantFrom('adoptive_family' as const, 'birth_relative' as const),
            // Three in four released; the rest still waiting to be checked.
            released: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
            at: instant,
          }),
          { maxLength: 8 },
        ),
        // One exchange for an agreement and a month: the database allows no more.
        exchanges: fc.uniqueArray(
          fc.record({
            agreement: fc.integer({ min: 0, max: 9 }),
            month: fc.constantFrom(
              ...[-2, -1, 0, 1, 2, 3].map((n) => addMonths(quarterStart(quarter), n)),
            ),
            answer: fc.option(
              fc.record({
                channel: fc.constantFrom('portal' as const, 'paper' as const),
                at: instant,
              }),
              { nil: null, freq: 3 },
            ),
          }),
          { selector: (e) => `${e.agreement} ${e.month}`, maxLength: 6 },
        ),
      })
    })
    .map((r) => ({
      ...r,
      // An update names a request this run made; with none made, the call made no request.
      calls: r.calls.map((c) => ({
        ...c,
        aboutRequest:
          c.aboutRequest === null || r.requests.length === 0
            ? null
            : c.aboutRequest % r.requests.length,
      })),
    }))

// ---- Writing the records, and taking them away -----------------------------------------------

const tierOf: Partial<Record<Status, number>> = {
  duty_support: 2,
  advice_call_booked: 2,
  awaiting_allocation: 3,
  allocated: 3,
}

/** Writes a run's records as the app would leave them; returns what to remove afterwards. */
async function insertRecords(run: Records) {
  const requestIds: string[] = []
  if (run.requests.length > 0) {
    const rows = await db
      .insert(supportRequests)
      .values(
        run.requests.map((r) => ({
          organisationId,
          localAuthorityId: areas[r.area]!.id,
          reference: `PROP-${++reference}`,
          queue: r.queue,
          familyId: r.queue === 'family' ? familyIds[r.family]! : null,
          birthRelativeId: r.queue === 'birth_relative' ? relativeIds[r.relative]! : null,
          createdByUserId: dutyUserId,
          channel: r.logged ? 'phone' : 'portal',
          categories: ['behaviour'],
          description: 'Generated for the reports property test.',
          urgency: 'routine',
          contactMethod: 'phone',
          responseDueOn: londonDate(r.receivedAt),
          allocationDueOn: londonDate(r.receivedAt),
          adviceCallAt:
            r.adviceDays === null ? null : new Date(r.receivedAt.getTime() + 7 * 86_400_000),
          daysToAdviceCall: r.adviceDays,
          receivedAt: r.receivedAt,
          // The history's first row is dated by updated_at, as when the app records a request.
          createdAt: r.receivedAt,
          updatedAt: r.receivedAt,
        })),
      )
      .returning({ id: supportRequests.id })
    requestIds.push(...rows.map((row) => row.id))
  }
  // Each change as the app makes one: an UPDATE that moves updated_at to the change's time.
  for (const [n, r] of run.requests.entries()) {
    for (const c of r.changes) {
      await db
        .update(supportRequests)
        .set({
          status: c.status,
          tier: tierOf[c.status] ?? (c.status === 'new' ? null : 1),
          workerId: c.status === 'allocated' ? workerId : null,
          closedAt: c.status === 'closed' || c.status === 'withdrawn' ? c.at : null,
          updatedAt: c.at,
        })
        .where(eq(supportRequests.id, requestIds[n]!))
    }
  }
  const calls = [
    ...run.requests.flatMap((r, n) =>
      r.logged
        ? [
            {
              area: r.area as number | null,
              receivedAt: r.receivedAt,
              requestId: requestIds[n]!,
              classification: 'new_request_action',
            },
          ]
        : [],
    ),
    ...run.calls.map((c) => ({
      area: c.area,
      receivedAt: c.receivedAt,
      requestId: c.aboutRequest === null ? null : requestIds[c.aboutRequest]!,
      classification: c.aboutRequest === null ? 'seeking_information' : 'update_on_open_request',
    })),
  ]
  const callIds =
    calls.length === 0
      ? []
      : await db
          .insert(contactLogs)
          .values(
            calls.map((c) => ({
              organisationId,
              localAuthorityId: c.area === null ? null : areas[c.area]!.id,
              receivedAt: c.receivedAt,
              channel: 'phone',
              classification: c.classification,
              supportRequestId: c.requestId,
              summary: 'Generated for the reports property test',
              loggedByUserId: dutyUserId,
            })),
          )
          .returning({ id: contactLogs.id })
  const letterIds =
    run.letters.length === 0
      ? []
      : await db
          .insert(letters)
          .values(
            run.letters.map((l) => ({
              organisationId,
              agreementId: agreements[l.agreement]!.id,
              fromSide: l.fromSide,
              birthRelativeId: l.fromSide === 'birth_relative' ? relativeIds[0]! : null,
              channel: 'portal',
              status: l.released ? 'released' : 'submitted',
              body: 'Dear all, here is our news.',
              submittedVersions: 1,
              submittedAt: l.released ? new Date(l.at.getTime() - 86_400_000) : l.at,
              releasedBody: l.released ? 'Dear all, here is our news.' : null,
              releasedAt: l.released ? l.at : null,
              releasedByUserId: l.released ? workerId : null,
            })),
          )
          .returning({ id: letters.id })
  // Exchanges due from the family, and the letters that answered them, as the letterbox writes
  // them: a portal letter when it is sent for checking, a paper letter when staff log it (released
  // at once, with no time of sending: it came by post).
  const exchangeIds =
    run.exchanges.length === 0
      ? []
      : (
          await db
            .insert(letterboxExchanges)
            .values(
              run.exchanges.map((e) => ({
                organisationId,
                agreementId: agreements[e.agreement]!.id,
                writerSide: 'adoptive_family',
                dueMonth: `${e.month}-01`,
              })),
            )
            .returning({ id: letterboxExchanges.id })
        ).map((e) => e.id)
  for (const [n, e] of run.exchanges.entries()) {
    if (!e.answer) continue
    const paper = e.answer.channel === 'paper'
    const releasedAt = paper ? e.answer.at : new Date(e.answer.at.getTime() + 2 * 86_400_000)
    const [answer] = await db
      .insert(letters)
      .values({
        organisationId,
        agreementId: agreements[e.agreement]!.id,
        exchangeId: exchangeIds[n]!,
        fromSide: 'adoptive_family',
        channel: e.answer.channel,
        status: 'released',
        body: 'Dear all, here is our news.',
        submittedVersions: paper ? 0 : 1,
        submittedAt: paper ? null : e.answer.at,
        releasedBody: 'Dear all, here is our news.',
        releasedAt,
        releasedByUserId: workerId,
        paperDate: paper ? londonDate(e.answer.at) : null,
        loggedByUserId: paper ? dutyUserId : null,
        createdAt: e.answer.at,
        updatedAt: releasedAt,
      })
      .returning({ id: letters.id })
    letterIds.push(answer!)
    await db
      .update(letterboxExchanges)
      .set({ letterId: answer!.id })
      .where(eq(letterboxExchanges.id, exchangeIds[n]!))
  }
  return {
    requestIds,
    callIds: callIds.map((c) => c.id),
    letterIds: letterIds.map((l) => l.id),
    exchangeIds,
  }
}

/** Takes a run's records away again: a request's history goes with it. */
async function removeRecords(made: Awaited<ReturnType<typeof insertRecords>>) {
  if (made.letterIds.length > 0) await db.delete(letters).where(inArray(letters.id, made.letterIds))
  if (made.exchangeIds.length > 0) {
    await db.delete(letterboxExchanges).where(inArray(letterboxExchanges.id, made.exchangeIds))
  }
  if (made.callIds.length > 0) {
    await db.delete(contactLogs).where(inArray(contactLogs.id, made.callIds))
  }
  if (made.requestIds.length > 0) {
    await db.delete(supportRequests).where(inArray(supportRequests.id, made.requestIds))
  }
}

// ---- The figures, worked out from the records ---------------------------------------------------

type Figures = Record<string, number | null>
interface TableFigures {
  rows: Record<string, Figures>
  total: Figures
}

/** A table's figures by row key and column key. */
function figuresOf(table: ReportTable): TableFigures {
  const byColumn = (cells: (number | null)[]) =>
    Object.fromEntries(table.columns.map((c, at) => [c.key, cells[at] ?? null]))
  return {
    rows: Object.fromEntries(table.rows.map((row) => [row.key, byColumn(row.cells)])),
    total: byColumn(table.total.cells),
  }
}

/** An average of days to one decimal place, or null when there is nothing to average. */
const average = (days: number[]) =>
  days.length === 0 ? null : Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10

const areasOf = (period: Period) => (period.area === null ? [0, 1, 2, 3] : [period.area])

/** Contacts in a range: requests received, and calls that made no request. */
function contactsIn(run: Records, range: { from: string; to: string }, area: number | null) {
  return [
    ...run.requests.filter((r) => r.area === area).map((r) => r.receivedAt),
    ...run.calls.filter((c) => c.aboutRequest === null && c.area === area).map((c) => c.receivedAt),
  ].filter((at) => between(at, range))
}

function expectedContacts(run: Records, range: { from: string; to: string } = run.period) {
  const row = (area: number | null): Figures => {
    const contacts = contactsIn(run, range, area)
    const advice = run.requests
      .filter((r) => r.area === area && r.adviceDays !== null && between(r.receivedAt, range))
      .map((r) => r.adviceDays!)
    const months = Object.fromEntries(
      run.period.months.map((m) => [
        m,
        contacts.filter((at) => londonDate(at).startsWith(m)).length,
      ]),
    )
    return {
      ...months,
      total: contacts.length,
      adviceCalls: area === null ? 0 : advice.length,
      averageDays: area === null ? null : average(advice),
    }
  }
  const rows: Record<string, Figures> = {}
  for (const area of areasOf(run.period)) rows[areas[area]!.id] = row(area)
  // Calls with no area recorded: a row of their own, in a report of every area that has any.
  if (run.period.area === null && contactsIn(run, range, null).length > 0) {
    rows.not_recorded = row(null)
  }
  const allAdvice = run.requests
    .filter(
      (r) =>
        areasOf(run.period).includes(r.area) &&
        r.adviceDays !== null &&
        between(r.receivedAt, range),
    )
    .map((r) => r.adviceDays!)
  const total = summedTotal(rows)
  total.averageDays = average(allAdvice)
  return { rows, total }
}

/** Column sums over rows, for the columns every row has. */
function summedTotal(rows: Record<string, Figures>): Figures {
  const total: Figures = {}
  for (const figures of Object.values(rows)) {
    for (const [key, value] of Object.entries(figures))
      total[key] = (total[key] ?? 0) + (value ?? 0)
  }
  return total
}

/** A request's status as it stood at `end`, or undefined if it had not come in by then. */
function statusAt(request: GeneratedRequest, end: Date): Status | undefined {
  if (request.receivedAt >= end) return undefined
  let status: Status = 'new'
  for (const c of request.changes) if (c.at < end) status = c.status
  return status
}

interface Baseline {
  allocated: Record<string, number>
  dutyFamilies: Record<string, number>
  dutyFamiliesTotal: number
  overdue: Record<string, number>
}

/** Allocated cases and families supported through duty as at the period's end, over the baseline. */
function expectedCaseload(run: Records, baseline: Baseline) {
  const end = londonMidnight(`${addMonths(run.period.months.at(-1)!, 1)}-01`)
  const atEnd = run.requests
    .filter((r) => r.queue === 'family')
    .map((r) => ({ r, status: statusAt(r, end) }))
  const dutyFamilies = (inAreas: number[]) =>
    new Set(
      atEnd
        .filter(({ r, status }) => status === 'duty_support' && inAreas.includes(r.area))
        .map(({ r }) => r.family),
    ).size
  const rows: Record<string, { allocated: number; dutyFamilies: number }> = {}
  for (const area of areasOf(run.period)) {
    const id = areas[area]!.id
    rows[id] = {
      allocated:
        baseline.allocated[id]! +
        atEnd.filter(({ r, status }) => status === 'allocated' && r.area === area).length,
      dutyFamilies: baseline.dutyFamilies[id]! + dutyFamilies([area]),
    }
  }
  // The demo's families and this test's are different families, so their counts add up.
  const demoDutyTotal =
    run.period.area === null
      ? baseline.dutyFamiliesTotal
      : baseline.dutyFamilies[areas[run.period.area]!.id]!
  return {
    rows,
    total: {
      allocated: Object.values(rows).reduce((sum, row) => sum + row.allocated, 0),
      dutyFamilies: demoDutyTotal + dutyFamilies(areasOf(run.period)),
    },
  }
}

/** Every letter of a run: those written on their own, and those that answered an exchange. */
const lettersOf = (run: Records): GeneratedLetter[] => [
  ...run.letters,
  ...run.exchanges.flatMap((e) =>
    e.answer
      ? [
          {
            agreement: e.agreement,
            fromSide: 'adoptive_family' as const,
            released: true,
            at:
              e.answer.channel === 'paper'
                ? e.answer.at
                : new Date(e.answer.at.getTime() + 2 * 86_400_000),
          },
        ]
      : [],
  ),
]

/** Letters released in a range by the agreement's area, and the families writing or written to. */
function expectedLetters(run: Records, range: { from: string; to: string } = run.period) {
  const released = lettersOf(run).filter((l) => l.released && between(l.at, range))
  const count = (inAreas: number[]) => {
    const these = released.filter((l) => inAreas.includes(agreements[l.agreement]!.area))
    return {
      letters: these.length,
      fromFamilies: these.filter((l) => l.fromSide === 'adoptive_family').length,
      fromBirthRelatives: these.filter((l) => l.fromSide === 'birth_relative').length,
      families: new Set(these.map((l) => agreements[l.agreement]!.family)).size,
    }
  }
  const rows = Object.fromEntries(
    areasOf(run.period).map((area) => [areas[area]!.id, count([area])]),
  )
  return { rows, total: count(areasOf(run.period)) }
}

/**
 * Exchanges overdue at the period's end, by the agreement's area, over the demo's: due in a month
 * before the period's last (an exchange due in the last month is not late yet on its last day, as
 * the letterbox's own overdue list has it), and not answered by a letter sent by the period's end:
 * sent for checking in the portal, or logged by staff when it came on paper.
 */
function expectedOverdue(run: Records, baseline: Record<string, number>) {
  const end = londonMidnight(`${addMonths(run.period.months.at(-1)!, 1)}-01`)
  const lastMonth = run.period.months.at(-1)!
  const overdue = run.exchanges.filter(
    (e) => e.month < lastMonth && (e.answer === null || e.answer.at >= end),
  )
  const rows = Object.fromEntries(
    areasOf(run.period).map((area) => [
      areas[area]!.id,
      {
        overdue:
          baseline[areas[area]!.id]! +
          overdue.filter((e) => agreements[e.agreement]!.area === area).length,
      },
    ]),
  )
  return { rows, total: summedTotal(rows) }
}

function expectedReferrals(run: Records) {
  const referrals = (area: number) =>
    run.requests.filter(
      (r) => r.queue === 'birth_relative' && r.area === area && between(r.receivedAt, run.period),
    ).length
  const rows = Object.fromEntries(
    areasOf(run.period).map((area) => [
      areas[area]!.id,
      { referrals: referrals(area), assessments: 0 },
    ]),
  )
  return { rows, total: summedTotal(rows) }
}

/** Picks the given columns of every row and of the total. */
function pick(figures: TableFigures, keys: string[]) {
  const only = (f: Figures) => Object.fromEntries(keys.map((key) => [key, f[key] ?? null]))
  return {
    rows: Object.fromEntries(Object.entries(figures.rows).map(([row, f]) => [row, only(f)])),
    total: only(figures.total),
  }
}

// ---- The rule that holds for every table ------------------------------------------------------

/** Every summed column's total is the sum of its cells; a contacts row's Total, of its months. */
function expectTotalsAddUp(table: ReportTable, what: string) {
  for (const [at, column] of table.columns.entries()) {
    if (!column.summed) continue
    const sum = table.rows.reduce((total, row) => total + (row.cells[at] ?? 0), 0)
    expect(table.total.cells[at], `${what}: ${table.key}.${column.key}`).toBe(sum)
  }
  const months = table.columns.flatMap((c, at) => (/^\d{4}-\d{2}$/.test(c.key) ? [at] : []))
  const totalAt = table.columns.findIndex((c) => c.key === 'total')
  if (months.length === 0 || totalAt < 0) return
  for (const row of [...table.rows, table.total]) {
    const sum = months.reduce((total, at) => total + (row.cells[at] ?? 0), 0)
    expect(row.cells[totalAt], `${what}: ${table.key}, ${row.label}: Total`).toBe(sum)
  }
}

// ---- Asking for the reports ---------------------------------------------------------------------

function queryOf(period: Period) {
  const query = new URLSearchParams(
    period.kind === 'quarter'
      ? { period: 'quarter', financialYear: String(year), quarter: String(period.quarter) }
      : { period: 'month', month: period.months[0]! },
  )
  if (period.area !== null) query.set('localAuthorityId', areas[period.area]!.id)
  return query.toString()
}

async function reportOf(name: string, query: string) {
  const report = expectStatus(await manager.get(`/api/reports/${name}?${query}`), 200)
    .body as Report
  for (const table of report.tables) expectTotalsAddUp(table, `${name}?${query}`)
  return report
}

let baseline: Baseline

beforeAll(async () => {
  t = await createTestApp({ accounts: true, clock: () => now })
  db = t.database.db
  manager = await signInAs(t.app, db, demoEmail('manager'), 'totp')
  const [organisation] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, demoOrganisation.slug))
  organisationId = organisation!.id
  areas = await db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(eq(localAuthorities.organisationId, organisationId))
    .orderBy(localAuthorities.name)
  expect(areas).toHaveLength(4)
  const staff = await db.select({ id: users.id, email: users.email }).from(users)
  dutyUserId = staff.find((u) => u.email === demoEmail('duty'))!.id
  workerId = staff.find((u) => u.email === demoEmail('worker'))!.id

  const made = await db
    .insert(families)
    .values(
      Array.from({ length: 8 }, (_, n) => ({
        organisationId,
        localAuthorityId: areas[familyArea(n)]!.id,
        reference: `PROP-F-${n + 1}`,
        addressLine1: '1 Mill Lane',
        town: 'Ardenbury',
        postcode: 'XX1 1AB',
      })),
    )
    .returning({ id: families.id })
  familyIds = made.map((f) => f.id)
  const kids = await db
    .insert(children)
    .values(
      familyIds.map((familyId, n) => ({
        familyId,
        firstName: 'Child',
        lastName: `Prop${n + 1}`,
        dateOfBirth: '2024-05-01',
      })),
    )
    .returning({ id: children.id })
  // Two families also have an agreement in another area (a child placed from another council's
  // care): across every area, such a family is one family involved, however many rows it is in.
  const agreementPlan = [
    ...familyIds.map((_, family) => ({ family, area: familyArea(family) })),
    { family: 0, area: 1 },
    { family: 1, area: 3 },
  ]
  const madeAgreements = await db
    .insert(contactAgreements)
    .values(
      agreementPlan.map(({ family, area }) => ({
        organisationId,
        localAuthorityId: areas[area]!.id,
        familyId: familyIds[family]!,
        childId: kids[family]!.id,
        direction: 'two_way',
        exchangeMonths: [3, 9],
        childExchangeName: 'Sam',
        familyExchangeName: 'Sam’s mum and dad',
        startsOn: '2030-01-01',
        nextReviewOn: '2031-01-01',
      })),
    )
    .returning({ id: contactAgreements.id })
  agreements = agreementPlan.map((plan, n) => ({ ...plan, id: madeAgreements[n]!.id }))
  const relatives = await db
    .insert(birthRelatives)
    .values(
      [0, 1].map((n) => ({
        organisationId,
        localAuthorityId: areas[n]!.id,
        childId: kids[n]!.id,
        fullName: `Birth relative ${n + 1}`,
        relationship: 'Birth mother',
      })),
    )
    .returning({ id: birthRelatives.id })
  relativeIds = relatives.map((r) => r.id)

  // The demo's cases as they stand now, which any period here finds as they are.
  const caseload = await reportOf('caseload', `period=financial_year&financialYear=${year}`)
  const figures = figuresOf(caseload.tables[0]!)
  const letterbox = await reportOf('letterbox', `period=financial_year&financialYear=${year}`)
  const letterFigures = figuresOf(letterbox.tables[0]!)
  baseline = {
    allocated: Object.fromEntries(areas.map((a) => [a.id, figures.rows[a.id]!.allocated!])),
    dutyFamilies: Object.fromEntries(areas.map((a) => [a.id, figures.rows[a.id]!.dutyFamilies!])),
    dutyFamiliesTotal: figures.total.dutyFamilies!,
    overdue: Object.fromEntries(areas.map((a) => [a.id, letterFigures.rows[a.id]!.overdue!])),
  }
})
afterAll(() => t.close())

/** Writes a run's records, checks them, and takes them away again whatever the check found. */
async function withRecords(run: Records, check: () => Promise<void>) {
  const made = await insertRecords(run)
  try {
    await check()
  } finally {
    await removeRecords(made)
  }
}

/** The rolling 12 months a quarter gives: to its end, and to the previous quarter's end. */
const rollingRanges = (period: Period) =>
  [0, 3].map((back) => {
    const last = addMonths(period.months.at(-1)!, -back)
    return { from: `${addMonths(last, -11)}-01`, to: lastDay(last) }
  })

describe('reports on generated records', () => {
  it('add up, and count each record where it belongs', async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf(), (run) =>
        withRecords(run, async () => {
          const query = queryOf(run.period)
          const contacts = await reportOf('contacts', query)
          expect(figuresOf(contacts.tables[0]!)).toEqual(expectedContacts(run))

          const caseload = await reportOf('caseload', query)
          expect(pick(figuresOf(caseload.tables[0]!), ['allocated', 'dutyFamilies'])).toEqual(
            expectedCaseload(run, baseline),
          )

          const letterbox = await reportOf('letterbox', query)
          const letterKeys = ['letters', 'fromFamilies', 'fromBirthRelatives', 'families']
          expect(pick(figuresOf(letterbox.tables[0]!), letterKeys)).toEqual(expectedLetters(run))

          const referrals = await reportOf('birth_relative_referrals', query)
          expect(figuresOf(referrals.tables[0]!)).toEqual(expectedReferrals(run))
        }),
      ),
      { numRuns: 20 },
    )
  }, 180_000)

  it('count an exchange overdue until a letter answers it, in the portal or on paper', async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf(), (run) =>
        withRecords(run, async () => {
          const letterbox = await reportOf('letterbox', queryOf(run.period))
          expect(pick(figuresOf(letterbox.tables[0]!), ['overdue'])).toEqual(
            expectedOverdue(run, baseline.overdue),
          )
        }),
      ),
      { numRuns: 15 },
    )
  }, 180_000)

  it('give a quarter’s rolling 12 months, to its end and to the previous quarter’s, from the same records', async () => {
    await fc.assert(
      fc.asyncProperty(recordsOf(['quarter']), (run) =>
        withRecords(run, async () => {
          const query = queryOf(run.period)
          const contacts = (await reportOf('contacts', query)).tables[0]!
          expect(contacts.rolling.map((r) => r.values)).toEqual(
            rollingRanges(run.period).map((range) => {
              const { total } = expectedContacts(run, range)
              return {
                total: total.total,
                adviceCalls: total.adviceCalls,
                averageDays: total.averageDays,
              }
            }),
          )
          const letterbox = (await reportOf('letterbox', query)).tables[0]!
          const letterKeys = ['letters', 'fromFamilies', 'fromBirthRelatives', 'families']
          expect(
            letterbox.rolling.map((r) =>
              Object.fromEntries(letterKeys.map((k) => [k, r.values[k]])),
            ),
          ).toEqual(rollingRanges(run.period).map((range) => expectedLetters(run, range).total))
        }),
      ),
      { numRuns: 15 },
    )
  }, 180_000)

  it('add up over the demo agency’s own years, in every report and on the dashboard', async () => {
    // The demo's records run up to today, whatever the app's clock says.
    const first = (
      expectStatus(await manager.get('/api/reports/options'), 200).body as {
        firstFinancialYear: number
      }
    ).firstFinancialYear
    const today = londonDate(new Date())
    const thisYear = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0)
    for (let financialYear = first; financialYear <= thisYear; financialYear++) {
      for (const name of reportNames) {
        const report = await reportOf(name, `period=financial_year&financialYear=${financialYear}`)
        expect(report.tables.length).toBeGreaterThan(0)
      }
    }
    const dashboard = expectStatus(await manager.get('/api/reports/dashboard'), 200).body
    expectTotalsAddUp(dashboard.requestsByStatusAndTier as ReportTable, 'dashboard')
  })
})
