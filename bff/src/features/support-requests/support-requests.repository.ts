import {
  and,
  asc,
  birthRelatives,
  caseNotes,
  children,
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
  messageAttachments,
  staffLocalAuthorities,
  supportRequestDrafts,
  or,
  sql,
  supportRequestEvents,
  supportRequestMessages,
  supportRequests,
  users,
  type Db,
  type SQL,
  type SupportRequestRow,
} from '@asp/db'
import { supportStatuses, type SupportStatus } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import type { AttachmentSummary } from '../../platform/files/files.ts'

type Reader = Pick<Db, 'select'>

export { ownRequestScope, staffRequestScope } from '../../platform/scope.ts'

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

const parentNames = sql<
  string | null
>`(select string_agg(${familyParents.fullName}, ' and ' order by ${familyParents.createdAt}) from ${familyParents} where ${familyParents.familyId} = ${supportRequests.familyId})`

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
  },
  localAuthorityName: localAuthorities.name,
  workerName: sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${supportRequests.workerId})`,
  parentNames,
  birthRelativeName: sql<
    string | null
  >`(select ${birthRelatives.fullName} from ${birthRelatives} where ${birthRelatives.id} = ${supportRequests.birthRelativeId})`,
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
  status: string
  workerId?: string | undefined
  q?: string | undefined
  page: number
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/** One page of the triage queue, scoped and filtered; open requests by the reply due soonest. */
export async function findQueuePage(
  db: Reader,
  scope: SQL,
  filters: QueueFilters,
  pageSize: number,
) {
  const conditions: SQL[] = [scope]
  if (filters.status === 'open') {
    conditions.push(sql`${supportRequests.status} not in ('closed', 'withdrawn')`)
  } else if (filters.status !== 'all') {
    conditions.push(eq(supportRequests.status, filters.status))
  }
  if (filters.queue) conditions.push(eq(supportRequests.queue, filters.queue))
  if (filters.localAuthorityId)
    conditions.push(eq(supportRequests.localAuthorityId, filters.localAuthorityId))
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
  const where = and(...conditions)
  const byDue = filters.status === 'open' || openStatusIncludes(filters.status)
  // The count rides with the page, in one statement: it is worked out once, before the page.
  const rows = await selectQueueRows(db, {
    total: sql<number>`(select count(*)::int from ${supportRequests} where ${where})`,
  })
    .where(where)
    .orderBy(
      ...(byDue
        ? [asc(supportRequests.responseDueOn), asc(supportRequests.receivedAt)]
        : [desc(supportRequests.receivedAt)]),
    )
    .limit(writtenLimit(pageSize))
    .offset((filters.page - 1) * pageSize)
  if (rows.length > 0) return { rows, total: rows[0]!.total }
  // A page past the end carries no count with it.
  const total = filters.page === 1 ? 0 : await countRequests(db, where!)
  return { rows, total }
}

function openStatusIncludes(status: string) {
  return ['new', 'duty_support', 'advice_call_booked', 'awaiting_allocation', 'allocated'].includes(
    status,
  )
}

export type QueueRow = Omit<Awaited<ReturnType<typeof findQueuePage>>['rows'][number], 'total'>

/** Queue rows for the given ids, in the same shape (for My work and the team view). */
export async function findQueueRows(db: Reader, where: SQL, limit = 200): Promise<QueueRow[]> {
  return selectQueueRows(db)
    .where(where)
    .orderBy(asc(supportRequests.responseDueOn), asc(supportRequests.receivedAt))
    .limit(writtenLimit(limit))
}

/** Everything a request's page needs beyond the row itself. */
export async function findRequestParts(db: Reader, request: SupportRequestRow) {
  const [events, messages, notes, kids, council] = await Promise.all([
    db
      .select({ event: supportRequestEvents, actorName: users.name })
      .from(supportRequestEvents)
      .leftJoin(users, eq(users.id, supportRequestEvents.actorUserId))
      .where(eq(supportRequestEvents.supportRequestId, request.id))
      .orderBy(asc(supportRequestEvents.occurredAt), asc(supportRequestEvents.position)),
    db
      .select({ message: supportRequestMessages, authorName: users.name, attachments })
      .from(supportRequestMessages)
      .leftJoin(users, eq(users.id, supportRequestMessages.authorUserId))
      .where(eq(supportRequestMessages.supportRequestId, request.id))
      .orderBy(asc(supportRequestMessages.sentAt), asc(supportRequestMessages.position)),
    db
      .select({ note: caseNotes, authorName: users.name })
      .from(caseNotes)
      .innerJoin(users, eq(users.id, caseNotes.authorUserId))
      .where(eq(caseNotes.supportRequestId, request.id))
      .orderBy(asc(caseNotes.writtenAt), asc(caseNotes.position)),
    request.childIds.length > 0 && request.familyId
      ? db
          .select({ id: children.id, firstName: children.firstName, lastName: children.lastName })
          .from(children)
          .where(
            and(inArray(children.id, request.childIds), eq(children.familyId, request.familyId)),
          )
          .orderBy(asc(children.dateOfBirth))
      : Promise.resolve([]),
    // The council, the worker and the family or birth relative in one statement: a left join on
    // the worker's id, or on nothing, and the people as scalar subqueries.
    db
      .select({
        id: localAuthorities.id,
        name: localAuthorities.name,
        workerId: users.id,
        workerName: users.name,
        family: request.familyId ? familySummary(request.familyId) : sql<null>`null`,
        birthRelative: request.birthRelativeId
          ? birthRelativeSummary(request.birthRelativeId)
          : sql<null>`null`,
      })
      .from(localAuthorities)
      .leftJoin(users, sql`${users.id} = ${request.workerId}`)
      .where(eq(localAuthorities.id, request.localAuthorityId))
      .then((rows) => rows[0]!),
  ])
  const localAuthority = { id: council.id, name: council.name }
  const worker = council.workerId ? { id: council.workerId, name: council.workerName! } : null
  const attachmentsByMessage = new Map(
    messages.map(({ message, attachments }) => [message.id, attachments]),
  )
  return {
    events,
    messages,
    notes,
    children: kids,
    worker,
    localAuthority,
    attachments: attachmentsByMessage,
    family: council.family,
    birthRelative: council.birthRelative,
  }
}

/** A message's attachments, as JSON beside the message (files' contents stay in their table). */
const attachments = sql<
  AttachmentSummary[]
>`coalesce((select json_agg(json_build_object('id', ${files.id}, 'fileName', ${files.fileName}, 'contentType', ${files.contentType}, 'sizeBytes', ${files.sizeBytes}) order by ${files.createdAt}, ${files.id}) from ${messageAttachments} inner join ${files} on ${files.id} = ${messageAttachments.fileId} where ${messageAttachments.messageId} = ${supportRequestMessages.id}), '[]'::json)`

/** The family's reference and parents' names, for staff. */
function familySummary(familyId: string) {
  return sql<{
    id: string
    reference: string
    parentNames: string[]
  } | null>`(select json_build_object('id', ${families.id}, 'reference', ${families.reference}, 'parentNames', coalesce((select json_agg(${familyParents.fullName} order by ${familyParents.createdAt}) from ${familyParents} where ${familyParents.familyId} = ${families.id}), '[]'::json)) from ${families} where ${families.id} = ${familyId})`
}

/** The birth relative's name and relationship, for staff. */
function birthRelativeSummary(birthRelativeId: string) {
  return sql<{
    id: string
    name: string
    relationship: string
  } | null>`(select json_build_object('id', ${birthRelatives.id}, 'name', ${birthRelatives.fullName}, 'relationship', ${birthRelatives.relationship}) from ${birthRelatives} where ${birthRelatives.id} = ${birthRelativeId})`
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
