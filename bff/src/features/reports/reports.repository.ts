import {
  and,
  asc,
  asfApplicationLines,
  asfApplications,
  asfInvoices,
  contactAgreements,
  contactLogs,
  count,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  letterboxExchanges,
  letters,
  localAuthorities,
  lt,
  lte,
  ne,
  needsAssessments,
  not,
  or,
  sql,
  supportRequestFeedback,
  supportRequestStatusHistory,
  supportRequests,
  supportSettings,
  groupEvents,
  type Reader,
} from '@asp/db'
import { londonMidnight } from '../../platform/working-days/working-days.ts'
import type { DateRange } from './periods.ts'

// Every query of reporting: counts over the records of other features, read only, each scoped to
// the caller's organisation and the local authorities the report covers (`ReportScope`), by the
// local authority responsible for the family (the record's own `local_authority_id`). Each answers
// one row per local authority, so the service can show every authority the caller works for, with
// noughts where nothing happened, and check that a total is the sum of its rows.

/** The organisation and the local authorities a report covers, already checked for the caller. */
export interface ReportScope {
  organisationId: string
  localAuthorityIds: string[]
  /** Every local authority the caller works for, not one chosen: records with none count too. */
  allAreas: boolean
}

/** Instants from the start of `from` to the end of `to`, London days. */
const instants = (range: DateRange) => ({
  start: londonMidnight(range.from),
  end: londonMidnight(range.to, 1),
})

/** The support requests of the areas a report covers. */
const requestsOf = (scope: ReportScope) =>
  and(
    eq(supportRequests.organisationId, scope.organisationId),
    inArray(supportRequests.localAuthorityId, scope.localAuthorityIds),
  )

/** An instant column within the period's London days. */
function during(column: Parameters<typeof gte>[0], range: DateRange) {
  const { start, end } = instants(range)
  return and(gte(column, start), lt(column, end))
}

/** A London 'yyyy-MM' of an instant column. */
const londonMonth = (column: typeof supportRequests.receivedAt | typeof contactLogs.receivedAt) =>
  sql<string>`to_char(${column} at time zone 'Europe/London', 'YYYY-MM')`

/** The local authorities a caller may report on, by name. */
export async function findReportAreas(db: Reader, organisationId: string, ids: string[]) {
  if (ids.length === 0) return []
  return db
    .select({ id: localAuthorities.id, name: localAuthorities.name })
    .from(localAuthorities)
    .where(
      and(eq(localAuthorities.organisationId, organisationId), inArray(localAuthorities.id, ids)),
    )
    .orderBy(asc(localAuthorities.name))
}

/** The day the organisation's first support request came in, for the choice of years. */
export async function findFirstRecordDate(db: Reader, organisationId: string) {
  const [row] = await db
    .select({ first: sql<Date | null>`min(${supportRequests.receivedAt})` })
    .from(supportRequests)
    .where(eq(supportRequests.organisationId, organisationId))
  return row?.first ? new Date(row.first) : null
}

// ---- Contacts ---------------------------------------------------------------------------------

/**
 * Contacts to the support and advice line by local authority and London month: every request
 * received (whether made in the portal or logged from a call), and every logged contact that made
 * no request. A logged contact with no local authority recorded counts under `null`, and only in
 * a report of every local authority.
 */
export async function countContacts(db: Reader, scope: ReportScope, range: DateRange) {
  const [requests, calls] = await Promise.all([
    db
      .select({
        localAuthorityId: supportRequests.localAuthorityId,
        month: londonMonth(supportRequests.receivedAt),
        contacts: sql<number>`count(*)::int`,
      })
      .from(supportRequests)
      .where(and(requestsOf(scope), during(supportRequests.receivedAt, range)))
      .groupBy(supportRequests.localAuthorityId, londonMonth(supportRequests.receivedAt)),
    db
      .select({
        localAuthorityId: contactLogs.localAuthorityId,
        month: londonMonth(contactLogs.receivedAt),
        contacts: sql<number>`count(*)::int`,
      })
      .from(contactLogs)
      .where(
        and(
          eq(contactLogs.organisationId, scope.organisationId),
          isNull(contactLogs.supportRequestId),
          during(contactLogs.receivedAt, range),
          scope.allAreas
            ? or(
                isNull(contactLogs.localAuthorityId),
                inArray(contactLogs.localAuthorityId, scope.localAuthorityIds),
              )
            : inArray(contactLogs.localAuthorityId, scope.localAuthorityIds),
        ),
      )
      .groupBy(contactLogs.localAuthorityId, londonMonth(contactLogs.receivedAt)),
  ])
  return [...requests, ...calls]
}

/**
 * Requests received in the period that went on to an advice call, by local authority, with the
 * working days from enquiry to call summed, so an average over any rows is the sum over the count.
 */
export async function countAdviceCalls(db: Reader, scope: ReportScope, range: DateRange) {
  return db
    .select({
      localAuthorityId: supportRequests.localAuthorityId,
      calls: sql<number>`count(*)::int`,
      days: sql<number>`coalesce(sum(${supportRequests.daysToAdviceCall}), 0)::int`,
    })
    .from(supportRequests)
    .where(
      and(
        requestsOf(scope),
        during(supportRequests.receivedAt, range),
        isNotNull(supportRequests.adviceCallAt),
        isNotNull(supportRequests.daysToAdviceCall),
      ),
    )
    .groupBy(supportRequests.localAuthorityId)
}

// ---- Caseload ---------------------------------------------------------------------------------

/**
 * Each family request's status as it stood at the end of `to`, from its history (migration 0020),
 * so that a past report gives the same figures whenever it is run: allocated cases, and families
 * supported through duty (a family with two such requests counts once), by local authority; and
 * the families supported through duty across them all, counted once however many rows they are in.
 */
export async function countCaseloadAsAt(db: Reader, scope: ReportScope, to: string) {
  const h = supportRequestStatusHistory
  const latest = db
    .selectDistinctOn([h.supportRequestId], {
      localAuthorityId: h.localAuthorityId,
      familyId: h.familyId,
      status: h.status,
    })
    .from(h)
    .where(
      and(
        eq(h.organisationId, scope.organisationId),
        eq(h.queue, 'family'),
        lt(h.changedAt, londonMidnight(to, 1)),
      ),
    )
    // In the order of support_request_status_history_as_at_idx, nulls last as it is built.
    .orderBy(
      h.supportRequestId,
      sql`${h.changedAt} desc nulls last`,
      sql`${h.position} desc nulls last`,
    )
    .as('latest')
  const rows = await db
    .select({
      localAuthorityId: latest.localAuthorityId,
      allocated: sql<number>`(count(*) filter (where ${latest.status} = 'allocated'))::int`,
      dutyFamilies: sql<number>`(count(distinct ${latest.familyId}) filter (where ${latest.status} = 'duty_support'))::int`,
      dutyFamilyIds: sql<
        string[]
      >`coalesce(array_agg(distinct ${latest.familyId}) filter (where ${latest.status} = 'duty_support' and ${latest.familyId} is not null), '{}')`,
    })
    .from(latest)
    .where(inArray(latest.localAuthorityId, scope.localAuthorityIds))
    .groupBy(latest.localAuthorityId)
  return rows
}

/**
 * Needs assessments by local authority: completed in the period (signed off by a manager), and
 * waiting at its end (asked for by then and not yet started, nor withdrawn by then).
 */
export async function countAssessments(db: Reader, scope: ReportScope, range: DateRange) {
  const { start, end } = instants(range)
  const a = needsAssessments
  return db
    .select({
      localAuthorityId: a.localAuthorityId,
      completed: sql<number>`(count(*) filter (where ${a.signedOffAt} >= ${start} and ${a.signedOffAt} < ${end}))::int`,
      awaiting: sql<number>`(count(*) filter (where ${a.requestedOn} <= ${range.to} and (${a.startedOn} is null or ${a.startedOn} > ${range.to}) and not (${a.status} = 'withdrawn' and ${a.updatedAt} < ${end})))::int`,
    })
    .from(a)
    .where(
      and(
        eq(a.organisationId, scope.organisationId),
        inArray(a.localAuthorityId, scope.localAuthorityIds),
        eq(a.subject, 'adoptive_family'),
        lte(a.requestedOn, range.to),
      ),
    )
    .groupBy(a.localAuthorityId)
}

// ---- Adoption Support Fund --------------------------------------------------------------------

const inAsfScope = (scope: ReportScope) =>
  and(
    eq(asfApplications.organisationId, scope.organisationId),
    inArray(asfApplications.localAuthorityId, scope.localAuthorityIds),
  )

/**
 * Applications by local authority: sent to the fund in the period and the money asked for;
 * decided with money approved in the period and the money approved.
 */
export async function countAsfApplications(db: Reader, scope: ReportScope, range: DateRange) {
  const app = asfApplications
  const sent = sql`${app.submittedOn} between ${range.from} and ${range.to}`
  const approved = sql`${app.decidedOn} between ${range.from} and ${range.to} and ${app.approvedPence} is not null`
  return db
    .select({
      localAuthorityId: app.localAuthorityId,
      applications: sql<number>`(count(*) filter (where ${sent}))::int`,
      requestedPence: sql<number>`coalesce(sum(${app.requestedPence}) filter (where ${sent}), 0)::float8`,
      approved: sql<number>`(count(*) filter (where ${approved}))::int`,
      approvedPence: sql<number>`coalesce(sum(${app.approvedPence}) filter (where ${approved}), 0)::float8`,
    })
    .from(app)
    .where(
      and(
        inAsfScope(scope),
        or(
          and(gte(app.submittedOn, range.from), lte(app.submittedOn, range.to)),
          and(gte(app.decidedOn, range.from), lte(app.decidedOn, range.to)),
        ),
      ),
    )
    .groupBy(app.localAuthorityId)
}

/** Money invoiced against applications in the period (spent), by local authority. */
export async function sumAsfInvoices(db: Reader, scope: ReportScope, range: DateRange) {
  return db
    .select({
      localAuthorityId: asfApplications.localAuthorityId,
      spentPence: sql<number>`coalesce(sum(${asfInvoices.amountPence}), 0)::float8`,
    })
    .from(asfInvoices)
    .innerJoin(asfApplications, eq(asfApplications.id, asfInvoices.applicationId))
    .where(
      and(
        inAsfScope(scope),
        gte(asfInvoices.invoicedOn, range.from),
        lte(asfInvoices.invoicedOn, range.to),
      ),
    )
    .groupBy(asfApplications.localAuthorityId)
}

/**
 * The therapy asked for in applications sent in the period, by type: applications with a line of
 * the type (one application may ask for two types) and the cost of those lines.
 */
export async function countAsfTherapies(db: Reader, scope: ReportScope, range: DateRange) {
  const sent = and(
    inAsfScope(scope),
    gte(asfApplications.submittedOn, range.from),
    lte(asfApplications.submittedOn, range.to),
  )
  const byType = await db
    .select({
      therapyType: asfApplicationLines.therapyType,
      applications: sql<number>`count(distinct ${asfApplicationLines.applicationId})::int`,
      costPence: sql<number>`coalesce(sum(${asfApplicationLines.costPence}), 0)::float8`,
    })
    .from(asfApplicationLines)
    .innerJoin(asfApplications, eq(asfApplications.id, asfApplicationLines.applicationId))
    .where(sent)
    .groupBy(asfApplicationLines.therapyType)
  const [all] = await db
    .select({ applications: count() })
    .from(asfApplications)
    .where(
      and(
        sent,
        sql`exists (select 1 from ${asfApplicationLines} where ${asfApplicationLines.applicationId} = ${asfApplications.id})`,
      ),
    )
  return { byType, applications: all?.applications ?? 0 }
}

// ---- Letterbox --------------------------------------------------------------------------------

/**
 * Letters released in the period by the agreement's local authority: all, from the adoptive
 * family, from birth relatives, and the adoptive families with a letter either way, by area and
 * across them all (a family with agreements in two areas counts once in the total).
 */
export async function countLetters(db: Reader, scope: ReportScope, range: DateRange) {
  const released = and(
    eq(letters.organisationId, scope.organisationId),
    inArray(contactAgreements.localAuthorityId, scope.localAuthorityIds),
    during(letters.releasedAt, range),
  )
  const rows = await db
    .select({
      localAuthorityId: contactAgreements.localAuthorityId,
      letters: sql<number>`count(*)::int`,
      fromFamilies: sql<number>`(count(*) filter (where ${letters.fromSide} = 'adoptive_family'))::int`,
      fromBirthRelatives: sql<number>`(count(*) filter (where ${letters.fromSide} = 'birth_relative'))::int`,
      families: sql<number>`count(distinct ${contactAgreements.familyId})::int`,
    })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(released)
    .groupBy(contactAgreements.localAuthorityId)
  const [all] = await db
    .select({ families: sql<number>`count(distinct ${contactAgreements.familyId})::int` })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(released)
  return { rows, families: all?.families ?? 0 }
}

/** When a letter answered its exchange: sent for checking, or logged by staff when on paper. */
const answeredAt = sql<Date>`coalesce(${letters.submittedAt}, ${letters.releasedAt}, ${letters.createdAt})`

/**
 * Exchanges overdue at the end of `to`: due in a month that ended by then, with no letter sent
 * for checking or logged on paper by then, under an agreement in force then. An agreement keeps
 * no history of its status: one active now, or changed after the period's end, counts as in force.
 */
export async function countOverdueExchanges(db: Reader, scope: ReportScope, to: string) {
  const end = londonMidnight(to, 1)
  const e = letterboxExchanges
  return db
    .select({ localAuthorityId: contactAgreements.localAuthorityId, overdue: count() })
    .from(e)
    .innerJoin(contactAgreements, eq(contactAgreements.id, e.agreementId))
    .leftJoin(letters, eq(letters.id, e.letterId))
    .where(
      and(
        eq(e.organisationId, scope.organisationId),
        inArray(contactAgreements.localAuthorityId, scope.localAuthorityIds),
        // In force at the period's end: active now, or changed since (paused or ended after it).
        or(eq(contactAgreements.status, 'active'), gte(contactAgreements.updatedAt, end)),
        lt(sql`(${e.dueMonth} + interval '1 month')::date`, sql`${to}::date + 1`),
        or(isNull(e.letterId), gte(answeredAt, end)),
      ),
    )
    .groupBy(contactAgreements.localAuthorityId)
}

// ---- Birth relatives --------------------------------------------------------------------------

/** Birth relatives' requests for support received in the period, and assessments asked for. */
export async function countBirthRelativeReferrals(
  db: Reader,
  scope: ReportScope,
  range: DateRange,
) {
  const [referrals, assessments] = await Promise.all([
    db
      .select({ localAuthorityId: supportRequests.localAuthorityId, referrals: count() })
      .from(supportRequests)
      .where(
        and(
          requestsOf(scope),
          eq(supportRequests.queue, 'birth_relative'),
          during(supportRequests.receivedAt, range),
        ),
      )
      .groupBy(supportRequests.localAuthorityId),
    db
      .select({ localAuthorityId: needsAssessments.localAuthorityId, assessments: count() })
      .from(needsAssessments)
      .where(
        and(
          eq(needsAssessments.organisationId, scope.organisationId),
          inArray(needsAssessments.localAuthorityId, scope.localAuthorityIds),
          eq(needsAssessments.subject, 'birth_relative'),
          gte(needsAssessments.requestedOn, range.from),
          lte(needsAssessments.requestedOn, range.to),
        ),
      )
      .groupBy(needsAssessments.localAuthorityId),
  ])
  return { referrals, assessments }
}

// ---- Feedback ---------------------------------------------------------------------------------

/**
 * Requests closed in the period, and feedback left in it by rating, by local authority. Feedback
 * is counted when it is left: a request closed on the last day may be rated in the next period.
 */
export async function countFeedback(db: Reader, scope: ReportScope, range: DateRange) {
  const [closed, ratings] = await Promise.all([
    db
      .select({ localAuthorityId: supportRequests.localAuthorityId, closed: count() })
      .from(supportRequests)
      .where(
        and(
          requestsOf(scope),
          eq(supportRequests.status, 'closed'),
          during(supportRequests.closedAt, range),
        ),
      )
      .groupBy(supportRequests.localAuthorityId),
    db
      .select({
        localAuthorityId: supportRequestFeedback.localAuthorityId,
        rating: supportRequestFeedback.rating,
        returns: count(),
      })
      .from(supportRequestFeedback)
      .where(
        and(
          eq(supportRequestFeedback.organisationId, scope.organisationId),
          inArray(supportRequestFeedback.localAuthorityId, scope.localAuthorityIds),
          during(supportRequestFeedback.leftAt, range),
        ),
      )
      .groupBy(supportRequestFeedback.localAuthorityId, supportRequestFeedback.rating),
  ])
  return { closed, ratings }
}

// ---- The dashboard ----------------------------------------------------------------------------

/** Open requests now by status and tier (null: not triaged yet), both queues. */
export async function countOpenRequests(db: Reader, scope: ReportScope) {
  return db
    .select({ status: supportRequests.status, tier: supportRequests.tier, requests: count() })
    .from(supportRequests)
    .where(and(requestsOf(scope), not(inArray(supportRequests.status, ['closed', 'withdrawn']))))
    .groupBy(supportRequests.status, supportRequests.tier)
}

/** The agency's tiers, by level. */
export async function findTiers(db: Reader, organisationId: string) {
  const [row] = await db
    .select({ tiers: supportSettings.tiers })
    .from(supportSettings)
    .where(eq(supportSettings.organisationId, organisationId))
  return row?.tiers ?? []
}

/** The dashboard's single figures, each a count of today's records in scope. */
export async function countServiceNow(
  db: Reader,
  scope: ReportScope,
  today: string,
  financialYear: number,
) {
  const requestScope = and(
    eq(supportRequests.organisationId, scope.organisationId),
    inArray(supportRequests.localAuthorityId, scope.localAuthorityIds),
  )
  const assessmentScope = and(
    eq(needsAssessments.organisationId, scope.organisationId),
    inArray(needsAssessments.localAuthorityId, scope.localAuthorityIds),
  )
  const [[requests], [assessments], [lettersWaiting], [money]] = await Promise.all([
    db
      .select({
        overdue: sql<number>`(count(*) filter (where ${supportRequests.actionDueOn} < ${today}))::int`,
        allocated: sql<number>`(count(*) filter (where ${supportRequests.status} = 'allocated'))::int`,
        dutyFamilies: sql<number>`(count(distinct ${supportRequests.familyId}) filter (where ${supportRequests.status} = 'duty_support'))::int`,
      })
      .from(supportRequests)
      .where(and(requestScope, not(inArray(supportRequests.status, ['closed', 'withdrawn'])))),
    db
      .select({
        waiting: sql<number>`(count(*) filter (where ${needsAssessments.status} = 'waiting'))::int`,
        late: sql<number>`(count(*) filter (where ${needsAssessments.dueOn} < ${today}))::int`,
      })
      .from(needsAssessments)
      .where(and(assessmentScope, not(inArray(needsAssessments.status, ['decided', 'withdrawn'])))),
    db
      .select({ letters: count() })
      .from(letters)
      .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
      .where(
        and(
          eq(letters.organisationId, scope.organisationId),
          inArray(contactAgreements.localAuthorityId, scope.localAuthorityIds),
          eq(letters.status, 'submitted'),
          // Only portal letters are checked; saying so lets the review queue's index answer.
          eq(letters.channel, 'portal'),
        ),
      ),
    db
      .select({
        requestedPence: sql<number>`coalesce(sum(${asfApplications.requestedPence}) filter (where ${asfApplications.submittedOn} is not null), 0)::float8`,
        approvedPence: sql<number>`coalesce(sum(${asfApplications.approvedPence}), 0)::float8`,
        invoicedPence: sql<number>`coalesce(sum(${asfApplications.invoicedPence}), 0)::float8`,
      })
      .from(asfApplications)
      .where(and(inAsfScope(scope), eq(asfApplications.financialYear, financialYear))),
  ])
  return { requests: requests!, assessments: assessments!, letters: lettersWaiting!, money: money! }
}

/** The next events with places, in the caller's areas or for every area. */
export async function findUpcomingGroups(db: Reader, scope: ReportScope, now: Date) {
  return db
    .select({
      id: groupEvents.id,
      title: groupEvents.title,
      startsAt: groupEvents.startsAt,
      capacity: groupEvents.capacity,
      placesBooked: groupEvents.placesBooked,
    })
    .from(groupEvents)
    .where(
      and(
        eq(groupEvents.organisationId, scope.organisationId),
        or(
          isNull(groupEvents.localAuthorityId),
          inArray(groupEvents.localAuthorityId, scope.localAuthorityIds),
        ),
        eq(groupEvents.status, 'published'),
        gt(groupEvents.startsAt, now),
        ne(groupEvents.placesBooked, groupEvents.capacity),
      ),
    )
    .orderBy(asc(groupEvents.startsAt))
    .limit(5)
}
