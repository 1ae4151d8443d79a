import {
  and,
  asc,
  birthRelatives,
  caseNotes,
  children,
  conflictsOfInterest,
  count,
  desc,
  eq,
  families,
  familyParents,
  files,
  ilike,
  inArray,
  isNull,
  localAuthorities,
  lt,
  not,
  notExists,
  messageAttachments,
  staffLocalAuthorities,
  supportRequestDrafts,
  or,
  sql,
  supportRequestEvents,
  supportSettings,
  supportRequestMessages,
  supportRequests,
  supportRequestTallies,
  users,
  type Db,
  type SQL,
  renderedOnce,
  type SupportRequestRow,
} from '@asp/db'
import { crisisCategory, supportStatuses, type SupportStatus } from '../../contract/index.ts'
import type { Actor, StaffScope } from '../../platform/actor.ts'
import type { AttachmentSummary } from '../../platform/files/files.ts'

type Reader = Pick<Db, 'select'>

/**
 * The requests a member of staff may reach: their organisation, their local authorities, and no
 * family or birth relative they have a recorded conflict of interest with.
 */
export function staffRequestScope(actor: StaffScope): SQL {
  const conditions = [
    eq(supportRequests.organisationId, actor.organisationId),
    inArray(supportRequests.localAuthorityId, actor.localAuthorityIds),
  ]
  if (actor.conflictedFamilyIds.length > 0) {
    conditions.push(
      or(
        isNull(supportRequests.familyId),
        not(inArray(supportRequests.familyId, actor.conflictedFamilyIds)),
      ) as SQL,
    )
  }
  if (actor.conflictedBirthRelativeIds.length > 0) {
    conditions.push(
      or(
        isNull(supportRequests.birthRelativeId),
        not(inArray(supportRequests.birthRelativeId, actor.conflictedBirthRelativeIds)),
      ) as SQL,
    )
  }
  return and(...conditions) as SQL
}

/**
 * A family's or birth relative's own requests: an adoptive parent reaches their family's family
 * requests; a birth relative reaches only the requests they made as a birth relative.
 */
export function ownRequestScope(actor: Actor): SQL {
  if (actor.role === 'adopter') {
    return and(
      eq(supportRequests.queue, 'family'),
      sql`${supportRequests.familyId} in (select ${familyParents.familyId} from ${familyParents} where ${familyParents.userId} = ${actor.userId})`,
    ) as SQL
  }
  if (actor.role === 'birth_relative') {
    return and(
      eq(supportRequests.queue, 'birth_relative'),
      sql`${supportRequests.birthRelativeId} in (select ${birthRelatives.id} from ${birthRelatives} where ${birthRelatives.userId} = ${actor.userId})`,
    ) as SQL
  }
  return sql`false`
}

export async function findRequest(db: Reader, id: string, scope: SQL) {
  const [row] = await db
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.id, id), scope))
  return row
}

/** The family an adoptive parent belongs to, with its organisation and local authority. */
export async function findOwnFamily(db: Reader, userId: string) {
  const [row] = await db
    .select({
      id: families.id,
      organisationId: families.organisationId,
      localAuthorityId: families.localAuthorityId,
    })
    .from(familyParents)
    .innerJoin(families, eq(families.id, familyParents.familyId))
    .where(eq(familyParents.userId, userId))
  return row
}

export async function findOwnBirthRelative(db: Reader, userId: string) {
  const [row] = await db
    .select({
      id: birthRelatives.id,
      organisationId: birthRelatives.organisationId,
      localAuthorityId: birthRelatives.localAuthorityId,
    })
    .from(birthRelatives)
    .where(eq(birthRelatives.userId, userId))
  return row
}

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

/**
 * A LIMIT written into the statement rather than bound as a parameter. Bound, PostgreSQL cannot see
 * it when it weighs a generic plan for a prepared statement, assumes 100 rows, judges that plan
 * dearer and so plans the queue afresh on every call; written in, each connection plans the queue
 * once (ADR 0011). Only a whole number from the code comes here, never anything a user sent.
 */
function writtenLimit(rows: number): number {
  if (!Number.isInteger(rows) || rows < 1 || rows > 1000) throw new Error(`Bad limit ${rows}`)
  // Drizzle writes an SQL chunk given as the limit as it is.
  // eslint-disable-next-line no-restricted-syntax -- a whole number from the code, checked above
  return sql.raw(String(rows)) as unknown as number
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
export const queueOrder = [
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
export async function findQueueRows(
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
export const longestWithoutWorker = [asc(supportRequests.allocationDueOn), asc(supportRequests.id)]

/** A timestamp as JSON gives it (ISO 8601 with an offset), back to the Date the views expect. */
const instantOf = (value: string) => new Date(value)

// The JSON below is correlated with the request's own row, so each statement's text is the same
// for every request (one prepared statement for staff, one for families), and each fragment is
// written out as text once, not rebuilt by Drizzle on every call (renderedOnce, ADR 0012).

/** The request's timeline, oldest first, with who acted. */
const timelineJson = renderedOnce(
  sql<
    {
      id: string
      occurredAt: string
      kind: string
      summary: string
      familySummary: string | null
      reason: string | null
      actorName: string | null
    }[]
  >`coalesce((select json_agg(json_build_object('id', ${supportRequestEvents.id}, 'occurredAt', ${supportRequestEvents.occurredAt}, 'kind', ${supportRequestEvents.kind}, 'summary', ${supportRequestEvents.summary}, 'familySummary', ${supportRequestEvents.familySummary}, 'reason', ${supportRequestEvents.reason}, 'actorName', (select ${users.name} from ${users} where ${users.id} = ${supportRequestEvents.actorUserId})) order by ${supportRequestEvents.occurredAt}, ${supportRequestEvents.position}) from ${supportRequestEvents} where ${supportRequestEvents.supportRequestId} = ${supportRequests.id}), '[]'::json)`,
)

/** A message's attachments, as JSON beside the message (files' contents stay in their table). */
const attachmentsJson = renderedOnce(
  sql`coalesce((select json_agg(json_build_object('id', ${files.id}, 'fileName', ${files.fileName}, 'contentType', ${files.contentType}, 'sizeBytes', ${files.sizeBytes}) order by ${files.createdAt}, ${files.id}) from ${messageAttachments} inner join ${files} on ${files.id} = ${messageAttachments.fileId} where ${messageAttachments.messageId} = ${supportRequestMessages.id}), '[]'::json)`,
)

/** The message thread, oldest first, each message with its author and its attachments. */
const messagesJson = renderedOnce(
  sql<
    {
      id: string
      sentAt: string
      fromSide: string
      body: string
      authorName: string | null
      attachments: AttachmentSummary[]
    }[]
  >`coalesce((select json_agg(json_build_object('id', ${supportRequestMessages.id}, 'sentAt', ${supportRequestMessages.sentAt}, 'fromSide', ${supportRequestMessages.fromSide}, 'body', ${supportRequestMessages.body}, 'authorName', (select ${users.name} from ${users} where ${users.id} = ${supportRequestMessages.authorUserId}), 'attachments', ${attachmentsJson}) order by ${supportRequestMessages.sentAt}, ${supportRequestMessages.position}) from ${supportRequestMessages} where ${supportRequestMessages.supportRequestId} = ${supportRequests.id}), '[]'::json)`,
)

/** Internal case notes, oldest first: staff only, so never read for a family's page. */
const notesJson = renderedOnce(
  sql<
    { id: string; writtenAt: string; body: string; authorName: string }[]
  >`coalesce((select json_agg(json_build_object('id', ${caseNotes.id}, 'writtenAt', ${caseNotes.writtenAt}, 'body', ${caseNotes.body}, 'authorName', (select ${users.name} from ${users} where ${users.id} = ${caseNotes.authorUserId})) order by ${caseNotes.writtenAt}, ${caseNotes.position}) from ${caseNotes} where ${caseNotes.supportRequestId} = ${supportRequests.id}), '[]'::json)`,
)

/** The children the request is about, eldest first, and only the request's own family's. */
const childrenJson = renderedOnce(
  sql<
    { id: string; firstName: string; lastName: string }[]
  >`coalesce((select json_agg(json_build_object('id', ${children.id}, 'firstName', ${children.firstName}, 'lastName', ${children.lastName}) order by ${children.dateOfBirth}) from ${children} where ${children.id} = any(${supportRequests.childIds}) and ${children.familyId} = ${supportRequests.familyId}), '[]'::json)`,
)

/** The allocated worker, or null. */
const workerJson = renderedOnce(
  sql<{
    id: string
    name: string
  } | null>`(select json_build_object('id', ${users.id}, 'name', ${users.name}) from ${users} where ${users.id} = ${supportRequests.workerId})`,
)

/** The family's reference and parents' names, for staff. */
const familyJson = renderedOnce(
  sql<{
    id: string
    reference: string
    parentNames: string[]
  } | null>`(select json_build_object('id', ${families.id}, 'reference', ${families.reference}, 'parentNames', coalesce((select json_agg(${familyParents.fullName} order by ${familyParents.createdAt}) from ${familyParents} where ${familyParents.familyId} = ${families.id}), '[]'::json)) from ${families} where ${families.id} = ${supportRequests.familyId})`,
)

/** The birth relative's name and relationship, for staff. */
const birthRelativeJson = renderedOnce(
  sql<{
    id: string
    name: string
    relationship: string
  } | null>`(select json_build_object('id', ${birthRelatives.id}, 'name', ${birthRelatives.fullName}, 'relationship', ${birthRelatives.relationship}) from ${birthRelatives} where ${birthRelatives.id} = ${supportRequests.birthRelativeId})`,
)

/** The agency's support tiers; null while it keeps the product's defaults. */
const tiersJson = renderedOnce(
  sql<
    { level: number; name: string }[] | null
  >`(select ${supportSettings.tiers} from ${supportSettings} where ${supportSettings.organisationId} = ${supportRequests.organisationId})`,
)

/**
 * Everything a request's page needs beyond the row itself, in one statement: the request joined
 * to its council (joined, so that every column is written with its table's name), with the
 * timeline, the thread, the children, the worker and, for staff only, the notes, the family or
 * birth relative and the agency's tiers as JSON beside it. Nothing staff-only is read for a
 * family's page (ADR 0012).
 */
export async function findRequestParts(
  db: Reader,
  request: Pick<SupportRequestRow, 'id'>,
  reader: 'family' | 'staff',
) {
  const [row] = await requestPartsQuery(db, eq(supportRequests.id, request.id), reader)
  return partsOf(row!)
}

/** A request within the caller's scope, and its parts, in one statement; undefined if out of reach. */
export async function findRequestWithParts(
  db: Reader,
  id: string,
  scope: SQL,
  reader: 'family' | 'staff',
) {
  const [row] = await requestPartsQuery(db, and(eq(supportRequests.id, id), scope)!, reader)
  return row ? { request: row.request, parts: partsOf(row) } : undefined
}

/** Requests in the caller's scope with their parts, newest first, in one statement. */
export async function findRequestsWithParts(
  db: Reader,
  scope: SQL,
  reader: 'family' | 'staff',
  limit: number,
) {
  const rows = await requestPartsQuery(db, scope, reader)
    .orderBy(desc(supportRequests.receivedAt))
    .limit(writtenLimit(limit))
  return rows.map((row) => ({ request: row.request, parts: partsOf(row) }))
}

/**
 * The one statement behind findRequestParts, findRequestWithParts and findRequestsWithParts: each
 * request's row and, beside it, its parts (the benchmark explains it as the BFF sends it).
 */
export function requestPartsQuery(db: Reader, where: SQL, reader: 'family' | 'staff') {
  const staff = reader === 'staff'
  const none = sql<null>`null`
  return db
    .select({
      request: supportRequests,
      localAuthority: { id: localAuthorities.id, name: localAuthorities.name },
      events: timelineJson,
      messages: messagesJson,
      children: childrenJson,
      worker: workerJson,
      notes: staff ? notesJson : sql<[]>`'[]'::json`,
      family: staff ? familyJson : none,
      birthRelative: staff ? birthRelativeJson : none,
      tiers: staff ? tiersJson : none,
    })
    .from(supportRequests)
    .innerJoin(localAuthorities, eq(localAuthorities.id, supportRequests.localAuthorityId))
    .where(where)
}

export type RequestParts = ReturnType<typeof partsOf>

function partsOf(row: Awaited<ReturnType<typeof requestPartsQuery>>[number]) {
  return {
    localAuthority: row.localAuthority,
    worker: row.worker,
    children: row.children,
    events: row.events.map(({ actorName, occurredAt, ...event }) => ({
      event: { ...event, occurredAt: instantOf(occurredAt) },
      actorName,
    })),
    messages: row.messages.map(({ authorName, sentAt, attachments, ...message }) => ({
      message: { ...message, sentAt: instantOf(sentAt) },
      authorName,
      attachments,
    })),
    notes: row.notes.map(({ authorName, writtenAt, ...note }) => ({
      note: { ...note, writtenAt: instantOf(writtenAt) },
      authorName,
    })),
    family: row.family,
    birthRelative: row.birthRelative,
    tiers: row.tiers,
  }
}

/** Where to email a family or birth relative about their request: only people with accounts. */
export async function findRecipients(db: Reader, request: SupportRequestRow) {
  if (request.familyId) {
    const rows = await db
      .select({ email: users.email })
      .from(familyParents)
      .innerJoin(users, eq(users.id, familyParents.userId))
      .where(and(eq(familyParents.familyId, request.familyId), isNull(users.disabledAt)))
    return rows.map((r) => r.email)
  }
  if (request.birthRelativeId) {
    const rows = await db
      .select({ email: users.email })
      .from(birthRelatives)
      .innerJoin(users, eq(users.id, birthRelatives.userId))
      .where(and(eq(birthRelatives.id, request.birthRelativeId), isNull(users.disabledAt)))
    return rows.map((r) => r.email)
  }
  return []
}

/** Open requests: every status but closed and withdrawn. */
export const openRequests = sql`${supportRequests.status} not in ('closed', 'withdrawn')`

/**
 * Open crises (a safeguarding concern or the crisis category) with no worker past the agency's
 * standard on the London date `today`: overdue, whatever else is due on them.
 */
export function crisisWithoutWorkerPast(today: string) {
  return and(
    openRequests,
    isNull(supportRequests.workerId),
    sql`(${supportRequests.safeguarding} or ${supportRequests.categories} @> array[${crisisCategory}]::text[])`,
    lt(supportRequests.allocationDueOn, today),
  )!
}

/** Open requests past what is due on them on the London date `today`. */
export function overdueOn(today: string) {
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
export async function claimCrisisAlert(
  db: Pick<Db, 'update'>,
  id: string,
  today: string,
  now: Date,
) {
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
export async function countByStatus(db: Reader, where: SQL) {
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

export async function countRequests(db: Reader, where: SQL) {
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

export async function findDraft(db: Reader, userId: string) {
  const [row] = await db
    .select()
    .from(supportRequestDrafts)
    .where(eq(supportRequestDrafts.userId, userId))
  return row
}

export async function saveDraft(
  db: Pick<Db, 'insert'>,
  userId: string,
  draft: Record<string, unknown>,
  savedAt: Date,
) {
  await db
    .insert(supportRequestDrafts)
    .values({ userId, draft, savedAt })
    .onConflictDoUpdate({ target: supportRequestDrafts.userId, set: { draft, savedAt } })
}
