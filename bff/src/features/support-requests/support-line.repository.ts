import {
  and,
  asc,
  birthRelatives,
  caseNotes,
  conflictsOfInterest,
  contactLogs,
  count,
  desc,
  eq,
  families,
  familyParents,
  ilike,
  inArray,
  isNull,
  localAuthorities,
  lt,
  not,
  notExists,
  or,
  sql,
  staffLocalAuthorities,
  supportRequests,
  supportRequestTallies,
  users,
  renderedOnce,
  type Reader,
  type SQL,
  type SupportRequestRow,
  type Writer,
  writtenLimit,
} from '@asp/db'
import { crisisCategory, supportStatuses, type SupportStatus } from '../../contract/index.ts'
import type { Actor, StaffScope } from '../../platform/actor.ts'
import { staffFamilyScope } from '../families/index.ts'
import { staffRequestScope } from './support-requests.repository.ts'

// What the support line alone reads and writes: the triage queue, My work and the team's figures,
// the crises the managers are told of, and the people, families and contacts staff pick or log.

const parentNames = renderedOnce(
  sql<
    string | null
  >`(select string_agg(${familyParents.fullName}, ' and ' order by ${familyParents.createdAt}) from ${familyParents} where ${familyParents.familyId} = ${supportRequests.familyId})`,
)

/**
 * What a queue row shows: the request's own columns it needs, its council (joined, so that every
 * column below is written with its table's name) and the worker's and people's names. The names
 * are scalar subqueries rather than joins: the planner then has far fewer join orders to weigh,
 * which halves the time it takes to plan the queue (read more than anything else).
 */
const queueColumns = {
  request: {
    id: supportRequests.id,
    reference: supportRequests.reference,
    queue: supportRequests.queue,
    birthRelativeId: supportRequests.birthRelativeId,
    enquirerName: supportRequests.enquirerName,
    categories: supportRequests.categories,
    urgency: supportRequests.urgency,
    status: supportRequests.status,
    channel: supportRequests.channel,
    receivedAt: supportRequests.receivedAt,
    safeguarding: supportRequests.safeguarding,
    firstRespondedAt: supportRequests.firstRespondedAt,
    responseDueOn: supportRequests.responseDueOn,
    allocationDueOn: supportRequests.allocationDueOn,
    actionDueOn: supportRequests.actionDueOn,
    workerId: supportRequests.workerId,
    adviceCallAt: supportRequests.adviceCallAt,
  },
  localAuthorityName: localAuthorities.name,
  workerName: renderedOnce(
    sql<
      string | null
    >`(select ${users.name} from ${users} where ${users.id} = ${supportRequests.workerId})`,
  ),
  parentNames,
  birthRelativeName: renderedOnce(
    sql<
      string | null
    >`(select ${birthRelatives.fullName} from ${birthRelatives} where ${birthRelatives.id} = ${supportRequests.birthRelativeId})`,
  ),
}

/** Queue rows, with the council joined. */
function selectQueueRows<Extra extends Record<string, SQL.Aliased | SQL>>(
  db: Reader,
  extra: Extra = {} as Extra,
) {
  return db
    .select({ ...queueColumns, ...extra })
    .from(supportRequests)
    .innerJoin(localAuthorities, eq(localAuthorities.id, supportRequests.localAuthorityId))
}

export interface QueueFilters {
  queue?: string | undefined
  localAuthorityId?: string | undefined
  category?: string | undefined
  /** A view (`waiting`, `open`), one status, or `all`. */
  status: string
  workerId?: string | undefined
  q?: string | undefined
  page: number
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

const closedStatuses = sql`('closed', 'withdrawn')`
const waitingList = sql`('new', 'duty_support', 'advice_call_booked', 'awaiting_allocation')`

/** The condition a status filter puts on a status column: a view, one status, or none for `all`. */
function statusCondition(
  column: typeof supportRequests.status | typeof supportRequestTallies.status,
  status: string,
) {
  if (status === 'waiting') return sql`${column} in ${waitingList}`
  if (status === 'open') return sql`${column} not in ${closedStatuses}`
  if (status === 'all') return undefined
  return eq(column, status)
}

/**
 * The queue's order (ADR 0013): crises, then urgent requests, waiting for triage; then whatever is
 * due, soonest (most overdue) first; then the next advice call; then the oldest. The columns are
 * the database's own (generated from each row), in the order of the index that serves them.
 */
const queueOrder = [
  asc(supportRequests.queueRank),
  asc(supportRequests.actionDueOn),
  asc(supportRequests.adviceCallAt),
  asc(supportRequests.receivedAt),
  asc(supportRequests.id),
]

/** Whether the queue's counts may be summed from the tallies (ADR 0012) rather than counted. */
function isTallied(actor: StaffScope, filters: QueueFilters) {
  return (
    !filters.category &&
    !filters.workerId &&
    !filters.q &&
    actor.conflictedFamilyIds.length === 0 &&
    actor.conflictedBirthRelativeIds.length === 0
  )
}

/**
 * The caller's scope, narrowed to the one council the queue is filtered by (none, if they do not
 * work for it). One condition on the council rather than two keeps the planner's estimate of the
 * rows right, so the statement keeps one generic plan (ADR 0011).
 */
function queueScope(actor: StaffScope, filters: QueueFilters): StaffScope {
  if (!filters.localAuthorityId) return actor
  return {
    ...actor,
    localAuthorityIds: actor.localAuthorityIds.filter((id) => id === filters.localAuthorityId),
  }
}

/** The tally rows for the caller's scope and the council and queue filters. */
function tallyConditions(actor: StaffScope, filters: QueueFilters): SQL[] {
  const t = supportRequestTallies
  const conditions: SQL[] = [
    eq(t.organisationId, actor.organisationId),
    inArray(t.localAuthorityId, queueScope(actor, filters).localAuthorityIds),
  ]
  if (filters.queue) conditions.push(eq(t.queue, filters.queue))
  return conditions
}

/**
 * How many requests a queue page is one page of. Filtered only by council, queue and status, for
 * someone with no conflicts of interest, it is a sum of the tallies the database keeps (a few rows,
 * ADR 0012); otherwise the matching requests are counted.
 */
function queueTotal(actor: StaffScope, filters: QueueFilters, where: SQL | undefined) {
  if (!isTallied(actor, filters)) {
    return sql<number>`(select count(*)::int from ${supportRequests} where ${where})`
  }
  const t = supportRequestTallies
  const conditions = tallyConditions(actor, filters)
  const status = statusCondition(t.status, filters.status)
  if (status) conditions.push(status)
  return sql<number>`(select coalesce(sum(${t.requests}), 0)::int from ${t} where ${and(...conditions)})`
}

/**
 * How many requests each view (waiting for the support line, all open) holds with the other filters
 * as they are: from the tallies where the total may be, or else counted among the open requests.
 */
function viewCounts(actor: StaffScope, filters: QueueFilters, others: SQL | undefined) {
  if (!isTallied(actor, filters)) {
    return sql<{
      waiting: number
      open: number
    }>`(select json_build_object('waiting', count(*) filter (where ${supportRequests.status} in ${waitingList}), 'open', count(*)) from ${supportRequests} where ${and(others, openRequests)})`
  }
  const t = supportRequestTallies
  return sql<{
    waiting: number
    open: number
  }>`(select json_build_object('waiting', coalesce(sum(${t.requests}) filter (where ${t.status} in ${waitingList}), 0), 'open', coalesce(sum(${t.requests}), 0)) from ${t} where ${and(...tallyConditions(actor, filters), sql`${t.status} not in ${closedStatuses}`)})`
}

/**
 * The conditions of a queue page: the caller's scope and every filter but the status, and the
 * status's own condition.
 */
function queueConditions(actor: StaffScope, filters: QueueFilters) {
  const conditions: SQL[] = [staffRequestScope(queueScope(actor, filters))]
  if (filters.queue) conditions.push(eq(supportRequests.queue, filters.queue))
  if (filters.category)
    conditions.push(sql`${supportRequests.categories} @> array[${filters.category}]::text[]`)
  if (filters.workerId === 'unallocated') conditions.push(isNull(supportRequests.workerId))
  else if (filters.workerId) conditions.push(eq(supportRequests.workerId, filters.workerId))
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`
    conditions.push(
      or(
        ilike(supportRequests.reference, pattern),
        ilike(supportRequests.enquirerName, pattern),
        sql`exists (select 1 from ${familyParents} where ${familyParents.familyId} = ${supportRequests.familyId} and ${familyParents.fullName} ilike ${pattern})`,
        sql`exists (select 1 from ${birthRelatives} where ${birthRelatives.id} = ${supportRequests.birthRelativeId} and ${birthRelatives.fullName} ilike ${pattern})`,
      ) as SQL,
    )
  }
  const others = and(...conditions)
  return { others, where: and(others, statusCondition(supportRequests.status, filters.status)) }
}

/** Whether a status filter lists open requests only, which the queue's order is for. */
function isOpenFilter(status: string) {
  return status === 'waiting' || status === 'open' || openStatusIncludes(status)
}

/**
 * The statement behind one page of the triage queue, with its total and the views' counts, and its
 * conditions (the benchmark explains this statement as the BFF sends it).
 */
export function queuePageQuery(
  db: Reader,
  actor: StaffScope,
  filters: QueueFilters,
  pageSize: number,
) {
  const { others, where } = queueConditions(actor, filters)
  // The counts ride with the page, in one statement: each is worked out once, before the page.
  const views = viewCounts(actor, filters, others)
  const isView = filters.status === 'waiting' || filters.status === 'open'
  const query = selectQueueRows(db, {
    views,
    // A view's total is its own count.
    total: isView ? sql<null>`null` : queueTotal(actor, filters, where),
  })
    .where(where)
    .orderBy(...(isOpenFilter(filters.status) ? queueOrder : [desc(supportRequests.receivedAt)]))
    .limit(writtenLimit(pageSize))
    .offset((filters.page - 1) * pageSize)
  return { query, where, others }
}

/** One page of the triage queue, scoped and filtered, in the queue's order, with its counts. */
export async function findQueuePage(
  db: Reader,
  actor: StaffScope,
  filters: QueueFilters,
  pageSize: number,
) {
  const { query } = queuePageQuery(db, actor, filters, pageSize)
  const rows = await query
  // A page past the end carries no counts with it: they are read on their own.
  const first = rows[0] ?? (await queueCounts(db, actor, filters))
  const views = first.views
  const total = first.total ?? views[filters.status as 'waiting' | 'open']
  return { rows: rows.map(({ views: _, total: __, ...row }) => row), total, views }
}

/** The queue's counts alone, for a page with no rows. */
async function queueCounts(db: Reader, actor: StaffScope, filters: QueueFilters) {
  const { others, where } = queueConditions(actor, filters)
  const isView = filters.status === 'waiting' || filters.status === 'open'
  const [row] = await db
    .select({
      views: viewCounts(actor, filters, others),
      total: isView ? sql<null>`null` : queueTotal(actor, filters, where),
    })
    .from(sql`(select 1) as one`)
  return row!
}

function openStatusIncludes(status: string) {
  return ['new', 'duty_support', 'advice_call_booked', 'awaiting_allocation', 'allocated'].includes(
    status,
  )
}

export type QueueRow = Awaited<ReturnType<typeof findQueuePage>>['rows'][number]

/** Queue rows in the same shape, in the queue's order unless another is given (My work, the team view). */
async function findQueueRows(
  db: Reader,
  where: SQL,
  limit = 200,
  order: SQL[] = queueOrder,
): Promise<QueueRow[]> {
  return selectQueueRows(db)
    .where(where)
    .orderBy(...order)
    .limit(writtenLimit(limit))
}

/** Crises without a worker, the longest past the standard first. */
const longestWithoutWorker = [asc(supportRequests.allocationDueOn), asc(supportRequests.id)]

/** Open requests: every status but closed and withdrawn. */
const openRequests = sql`${supportRequests.status} not in ('closed', 'withdrawn')`

/**
 * Open crises (a safeguarding concern or the crisis category) with no worker past the agency's
 * standard on the London date `today`: overdue, whatever else is due on them.
 */
function crisisWithoutWorkerPast(today: string) {
  return and(
    openRequests,
    isNull(supportRequests.workerId),
    sql`(${supportRequests.safeguarding} or ${supportRequests.categories} @> array[${crisisCategory}]::text[])`,
    lt(supportRequests.allocationDueOn, today),
  )!
}

/** Open requests past what is due on them on the London date `today`. */
function overdueOn(today: string) {
  return and(openRequests, lt(supportRequests.actionDueOn, today))!
}

/**
 * The emails of the team managers who work for a request's local authority, with accounts in use,
 * leaving out any with a conflict of interest with its family or birth relative: they never hear
 * of it, as they never reach it.
 */
export async function findTeamManagerEmails(
  db: Reader,
  request: Pick<
    SupportRequestRow,
    'organisationId' | 'localAuthorityId' | 'familyId' | 'birthRelativeId'
  >,
) {
  const conflicted = db
    .select({ id: conflictsOfInterest.id })
    .from(conflictsOfInterest)
    .where(
      and(
        eq(conflictsOfInterest.staffUserId, users.id),
        or(
          request.familyId ? eq(conflictsOfInterest.familyId, request.familyId) : sql`false`,
          request.birthRelativeId
            ? eq(conflictsOfInterest.birthRelativeId, request.birthRelativeId)
            : sql`false`,
        ),
      ),
    )
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(staffLocalAuthorities, eq(staffLocalAuthorities.userId, users.id))
    .where(
      and(
        eq(users.organisationId, request.organisationId),
        eq(users.role, 'team_manager'),
        eq(staffLocalAuthorities.localAuthorityId, request.localAuthorityId),
        isNull(users.disabledAt),
        notExists(conflicted),
      ),
    )
  return rows.map((row) => row.email)
}

/** Crises past the standard that no team manager has been told of yet, across every agency. */
export async function findUnannouncedCrises(db: Reader, today: string) {
  return db
    .select({
      id: supportRequests.id,
      organisationId: supportRequests.organisationId,
      localAuthorityId: supportRequests.localAuthorityId,
      familyId: supportRequests.familyId,
      birthRelativeId: supportRequests.birthRelativeId,
      reference: supportRequests.reference,
      allocationDueOn: supportRequests.allocationDueOn,
    })
    .from(supportRequests)
    .where(and(crisisWithoutWorkerPast(today), isNull(supportRequests.crisisAlertedAt)))
    .orderBy(asc(supportRequests.allocationDueOn))
}

/**
 * Marks a crisis as announced to its managers if, now that its row is locked, it is still open,
 * still without a worker past the standard and unmarked: true for the one caller that may send
 * the email.
 */
export async function claimCrisisAlert(db: Writer, id: string, today: string, now: Date) {
  const claimed = await db
    .update(supportRequests)
    .set({ crisisAlertedAt: now })
    .where(
      and(
        eq(supportRequests.id, id),
        isNull(supportRequests.crisisAlertedAt),
        crisisWithoutWorkerPast(today),
      ),
    )
    .returning({ id: supportRequests.id })
  return claimed.length === 1
}

/** How many requests in `where` have each status, every status present. */
async function countByStatus(db: Reader, where: SQL) {
  const counts = Object.fromEntries(supportStatuses.map((s) => [s, 0])) as Record<
    SupportStatus,
    number
  >
  const rows = await db
    .select({ status: supportRequests.status, total: count() })
    .from(supportRequests)
    .where(where)
    .groupBy(supportRequests.status)
  for (const row of rows) counts[row.status as SupportStatus] = row.total
  return counts
}

async function countRequests(db: Reader, where: SQL) {
  const [row] = await db.select({ total: count() }).from(supportRequests).where(where)
  return row?.total ?? 0
}

/** Workers who may take requests in the caller's local authorities, with their open caseloads. */
export async function findCaseloads(db: Reader, actor: Actor) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      openCases: count(supportRequests.id),
    })
    .from(users)
    .leftJoin(supportRequests, and(eq(supportRequests.workerId, users.id), openRequests))
    .where(
      and(
        eq(users.organisationId, actor.organisationId),
        inArray(users.role, ['support_worker', 'team_manager']),
        isNull(users.disabledAt),
        inArray(
          users.id,
          db
            .select({ id: staffLocalAuthorities.userId })
            .from(staffLocalAuthorities)
            .where(inArray(staffLocalAuthorities.localAuthorityId, actor.localAuthorityIds)),
        ),
      ),
    )
    .groupBy(users.id, users.name, users.role)
    .orderBy(users.name)
  return rows.map((row) => ({ ...row, role: row.role as 'support_worker' | 'team_manager' }))
}

/** A worker's own requests: how many have each status, and the open ones in the queue's order. */
export async function findMyWork(db: Reader, actor: Actor) {
  const mine = and(staffRequestScope(actor), eq(supportRequests.workerId, actor.userId))!
  const counts = await countByStatus(db, mine)
  const rows = await findQueueRows(db, and(mine, openRequests)!)
  return { counts, rows }
}

/**
 * The team's figures in the caller's scope on the London date `today`: by status, unallocated,
 * overdue, crises without a worker past the standard (the longest first) and safeguarding alerts,
 * with the workers' caseloads.
 */
export async function findTeamFigures(db: Reader, actor: Actor, today: string) {
  const scope = staffRequestScope(actor)
  const crisis = and(scope, crisisWithoutWorkerPast(today))!
  const [countsByStatus, unallocated, overdue, crisisCount, crises, alerts, workers] =
    await Promise.all([
      countByStatus(db, scope),
      countRequests(db, and(scope, eq(supportRequests.status, 'awaiting_allocation'))!),
      countRequests(db, and(scope, overdueOn(today))!),
      countRequests(db, crisis),
      findQueueRows(db, crisis, 50, longestWithoutWorker),
      findQueueRows(db, and(scope, openRequests, eq(supportRequests.safeguarding, true))!, 50),
      findCaseloads(db, actor),
    ])
  return { countsByStatus, unallocated, overdue, crisisCount, crises, alerts, workers }
}

/**
 * A worker who may take the request: a support worker or team manager of the agency, working for
 * its local authority, with an account in use and no conflict of interest with its family or
 * birth relative.
 */
export async function findAllocatableWorker(
  db: Reader,
  actor: Actor,
  request: Pick<SupportRequestRow, 'localAuthorityId' | 'familyId' | 'birthRelativeId'>,
  workerId: string,
) {
  const [worker] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(staffLocalAuthorities, eq(staffLocalAuthorities.userId, users.id))
    .where(
      and(
        eq(users.id, workerId),
        eq(users.organisationId, actor.organisationId),
        inArray(users.role, ['support_worker', 'team_manager']),
        eq(staffLocalAuthorities.localAuthorityId, request.localAuthorityId),
        sql`${users.disabledAt} is null`,
        // Never to someone with a conflict of interest with this family or relative.
        sql`not exists (select 1 from conflicts_of_interest c where c.staff_user_id = ${users.id} and (c.family_id = ${request.familyId} or c.birth_relative_id = ${request.birthRelativeId}))`,
      ),
    )
  return worker
}

/** A family the caller may reach, to link a request to. */
export async function findStaffFamily(db: Reader, actor: Actor, familyId: string) {
  const [family] = await db
    .select({
      id: families.id,
      reference: families.reference,
      localAuthorityId: families.localAuthorityId,
    })
    .from(families)
    .where(and(eq(families.id, familyId), staffFamilyScope(actor)))
  return family
}

/**
 * A family a contact may be logged against: the agency's, in the caller's local authorities, and
 * none the caller has a conflict of interest with.
 */
export async function findContactFamily(db: Reader, actor: Actor, familyId: string) {
  const [found] = await db
    .select({ id: families.id, localAuthorityId: families.localAuthorityId })
    .from(families)
    .where(
      and(
        eq(families.id, familyId),
        eq(families.organisationId, actor.organisationId),
        inArray(families.localAuthorityId, actor.localAuthorityIds),
        actor.conflictedFamilyIds.length > 0
          ? not(inArray(families.id, actor.conflictedFamilyIds))
          : undefined,
      ),
    )
  return found
}

/** The contact a member of staff already logged with this idempotency key, if any. */
export async function findContactLog(db: Reader, userId: string, idempotencyKey: string) {
  const [existing] = await db
    .select({ id: contactLogs.id, supportRequestId: contactLogs.supportRequestId })
    .from(contactLogs)
    .where(
      and(eq(contactLogs.loggedByUserId, userId), eq(contactLogs.idempotencyKey, idempotencyKey)),
    )
  return existing
}

export async function createContactLog(db: Writer, values: typeof contactLogs.$inferInsert) {
  const [logged] = await db
    .insert(contactLogs)
    .values(values)
    .returning({ id: contactLogs.id, supportRequestId: contactLogs.supportRequestId })
  return logged!
}

/** A request's id and reference, whoever may reach it. */
export async function findRequestReference(db: Reader, id: string) {
  const [request] = await db
    .select({ id: supportRequests.id, reference: supportRequests.reference })
    .from(supportRequests)
    .where(eq(supportRequests.id, id))
  return request
}

export async function createCaseNote(db: Writer, values: typeof caseNotes.$inferInsert) {
  const [note] = await db.insert(caseNotes).values(values).returning({ id: caseNotes.id })
  return note
}

/** Notes the team's first response to a request, returning the request as it now is. */
export async function updateFirstRespondedAt(db: Writer, id: string, respondedAt: Date) {
  const [responded] = await db
    .update(supportRequests)
    .set({ firstRespondedAt: respondedAt })
    .where(eq(supportRequests.id, id))
    .returning()
  return responded
}
