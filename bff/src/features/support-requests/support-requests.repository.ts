import {
  and,
  birthRelatives,
  caseNotes,
  children,
  desc,
  eq,
  families,
  familyParents,
  files,
  inArray,
  isNull,
  localAuthorities,
  messageAttachments,
  not,
  or,
  referenceCounters,
  sql,
  supportRequestDrafts,
  supportRequestEvents,
  supportRequestFeedback,
  supportRequestMessages,
  supportRequests,
  supportSettings,
  users,
  renderedOnce,
  type NewSupportRequestRow,
  type Reader,
  type SQL,
  type SupportRequestRow,
  type Writer,
  writtenLimit,
} from '@asp/db'
import type { Actor, StaffScope } from '../../platform/actor.ts'
import { versioned } from '../../platform/versioned-update.ts'
import { findOwnFamily } from '../families/index.ts'
import type { AttachmentSummary } from '../../platform/files/files.ts'

// Which family a parent belongs to is families' to say; bookings and requests ask it here.
export { findOwnFamily }

// A request and what hangs off it, as both sides read and write it: who may reach which requests,
// the request's page, its writes, and the drafts and settings behind a new request. The support
// line's own reads (the queue, the team's figures) are in support-line.repository.ts.

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

/** The feedback left once the request closed, or null. */
const feedbackJson = renderedOnce(
  sql<{
    rating: string
    comment: string | null
    leftAt: string
  } | null>`(select json_build_object('rating', ${supportRequestFeedback.rating}, 'comment', ${supportRequestFeedback.comment}, 'leftAt', ${supportRequestFeedback.leftAt}) from ${supportRequestFeedback} where ${supportRequestFeedback.supportRequestId} = ${supportRequests.id})`,
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
      feedback: feedbackJson,
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
    feedback: row.feedback && { ...row.feedback, leftAt: instantOf(row.feedback.leftAt) },
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

export async function findDraft(db: Reader, userId: string) {
  const [row] = await db
    .select()
    .from(supportRequestDrafts)
    .where(eq(supportRequestDrafts.userId, userId))
  return row
}

export async function saveDraft(
  db: Writer,
  userId: string,
  draft: Record<string, unknown>,
  savedAt: Date,
) {
  await db
    .insert(supportRequestDrafts)
    .values({ userId, draft, savedAt })
    .onConflictDoUpdate({ target: supportRequestDrafts.userId, set: { draft, savedAt } })
}

export async function deleteDraft(db: Writer, userId: string) {
  await db.delete(supportRequestDrafts).where(eq(supportRequestDrafts.userId, userId))
}

/** The request a user already made with this idempotency key, if any. */
export async function findRequestByIdempotencyKey(
  db: Reader,
  userId: string,
  idempotencyKey: string,
) {
  const [row] = await db
    .select()
    .from(supportRequests)
    .where(
      and(
        eq(supportRequests.createdByUserId, userId),
        eq(supportRequests.idempotencyKey, idempotencyKey),
      ),
    )
  return row
}

/** Which of `childIds` are children of the family. */
export async function findFamilyChildIds(db: Reader, familyId: string, childIds: string[]) {
  return db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.familyId, familyId), inArray(children.id, childIds)))
}

/** The agency's own support-line settings; undefined while it keeps the product's defaults. */
export async function findSupportSettingsRow(db: Reader, organisationId: string) {
  const [row] = await db
    .select()
    .from(supportSettings)
    .where(eq(supportSettings.organisationId, organisationId))
  return row
}

/** The next number in the agency's series of references with `prefix` for the year, from 1. */
export async function nextReferenceNumber(
  db: Writer,
  organisationId: string,
  prefix: string,
  year: number,
) {
  const [counter] = await db
    .insert(referenceCounters)
    .values({ organisationId, prefix, year, last: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.organisationId, referenceCounters.prefix, referenceCounters.year],
      set: { last: sql`${referenceCounters.last} + 1` },
    })
    .returning({ last: referenceCounters.last })
  return counter!.last
}

/** Writes a new request; undefined if its maker already made one with the same idempotency key. */
export async function createRequest(db: Writer, values: NewSupportRequestRow) {
  const [created] = await db
    .insert(supportRequests)
    .values(values)
    .onConflictDoNothing({
      target: [supportRequests.createdByUserId, supportRequests.idempotencyKey],
    })
    .returning()
  return created
}

/** Adds an entry to a request's timeline. */
export async function createRequestEvent(
  db: Writer,
  values: typeof supportRequestEvents.$inferInsert,
) {
  await db.insert(supportRequestEvents).values(values)
}

/** Adds a message to a request's thread; undefined if it was sent before (same idempotency key). */
export async function createMessage(
  db: Writer,
  values: typeof supportRequestMessages.$inferInsert,
) {
  const [sent] = await db
    .insert(supportRequestMessages)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: supportRequestMessages.id })
  return sent
}

/** A versioned change to a request: none back means someone else changed it first. */
export const updateRequestIfVersion = versioned(supportRequests)

/** Notes when the family last read the request's thread. */
export async function updateFamilyReadAt(db: Writer, id: string, readAt: Date) {
  await db.update(supportRequests).set({ familyReadAt: readAt }).where(eq(supportRequests.id, id))
}

/** Feedback on a closed request, once: false when some was left already. */
export async function insertFeedback(
  db: Writer,
  values: typeof supportRequestFeedback.$inferInsert,
) {
  const rows = await db
    .insert(supportRequestFeedback)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: supportRequestFeedback.supportRequestId })
  return rows.length === 1
}
