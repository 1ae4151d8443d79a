import {
  and,
  asc,
  children,
  contactAgreements,
  eq,
  families,
  files,
  inArray,
  isNull,
  letterDecisions,
  letterPhotos,
  letterVersions,
  letters,
  ne,
  renderedOnce,
  sql,
  users,
  birthRelatives,
  type Reader,
  type SQL,
  type Tx,
  type Writer,
} from '@asp/db'
import { versioned } from '../../platform/versioned-update.ts'
import { letterSummaryFields } from './agreements.repository.ts'

// Every query of checking letters: the queue, a letter with its versions, decisions and photos,
// and the decision's writes. `scope` is `staffAgreementScope`: a letter is reached through its
// agreement.

export const updateLetterAtVersion = versioned(letters)

/**
 * What waits to be checked. Written in, not bound: with the status a parameter, a prepared
 * statement's generic plan cannot use the partial index `letters_review_queue_order_idx`, and
 * PostgreSQL planned the queue afresh on every call.
 */
const waitingForCheck = renderedOnce(
  sql`${letters.status} = 'submitted' and ${letters.channel} = 'portal'`,
)

/** The queue's page size, written into the statement: see `reviewQueueLimit`. */
export const reviewQueuePageSize = 20
/**
 * `reviewQueuePageSize` as statement text. A bound LIMIT hides the page size from PostgreSQL when
 * it prices a prepared statement's generic plan, so it plans every call afresh (ADR 0011).
 */
const reviewQueueLimit = sql`20` as unknown as number

/**
 * The statement behind one page of the review queue, oldest sent first, with the queue's total
 * beside every row: a scalar subquery over the same partial index, worked out once (ADR 0012).
 * The benchmark explains it as the BFF sends it.
 */
export function reviewQueuePageQuery(db: Reader, scope: SQL, page: number) {
  const where = and(waitingForCheck, inScope(scope))!
  return db
    .select({ ...letterSummaryFields, total: waitingTotal(where) })
    .from(letters)
    .where(where)
    .orderBy(asc(letters.submittedAt), asc(letters.id))
    .limit(reviewQueueLimit)
    .offset((page - 1) * reviewQueuePageSize)
}

/**
 * Whether a letter's agreement is in the caller's scope, looked up by its key for each waiting
 * letter. A scalar subquery is never turned into a join: joined, the planner hashed every
 * agreement of the agency to match a couple of hundred letters, on every call.
 */
const inScope = (scope: SQL) =>
  sql`(select true from ${contactAgreements} where ${contactAgreements.id} = ${letters.agreementId} and ${scope})`

/**
 * The letters waiting in scope. Its own `from` hides the outer query's `letters`, so it counts the
 * whole queue, not the row beside it; uncorrelated, it is worked out once a statement.
 */
const waitingTotal = (where: SQL) =>
  sql<number>`(select count(*)::int from ${letters} where ${where})`

/** Letters waiting to be checked, oldest sent first, with the queue's total: one statement. */
export async function findReviewQueuePage(db: Reader, scope: SQL, page: number) {
  const rows = await reviewQueuePageQuery(db, scope, page)
  if (rows[0]) return { rows: rows.map(({ total: _, ...row }) => row), total: rows[0].total }
  // A page past the end carries no total with it: it is counted on its own.
  const [counted] = await db
    .select({ total: waitingTotal(and(waitingForCheck, inScope(scope))!) })
    .from(sql`(select 1) as one`)
  return { rows: [], total: counted?.total ?? 0 }
}

/** A letter (not a draft) in scope, with its agreement, child and writer. */
export async function findLetterForReview(db: Reader, letterId: string, scope: SQL) {
  const [row] = await db
    .select({
      letter: letters,
      agreement: contactAgreements,
      childFirstName: children.firstName,
      childLastName: children.lastName,
      familyReference: families.reference,
      authorName: users.name,
      birthRelativeName: birthRelatives.fullName,
    })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .innerJoin(children, eq(children.id, contactAgreements.childId))
    .innerJoin(families, eq(families.id, contactAgreements.familyId))
    .leftJoin(users, eq(users.id, letters.authorUserId))
    .leftJoin(birthRelatives, eq(birthRelatives.id, letters.birthRelativeId))
    .where(and(eq(letters.id, letterId), ne(letters.status, 'draft'), scope))
  return row
}
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findLetterForReview>>>

/** A letter in scope locked for a decision, with its agreement. */
export async function lockLetter(tx: Tx, letterId: string, scope: SQL) {
  const [row] = await tx
    .select({ letter: letters, agreement: contactAgreements })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(and(eq(letters.id, letterId), ne(letters.status, 'draft'), scope))
    .for('update', { of: letters })
  return row
}

/** Marks a submitted letter as being checked, the first time a reviewer opens it. */
export async function markReviewStarted(db: Writer, letterId: string, now: Date) {
  await db
    .update(letters)
    .set({ reviewStartedAt: now })
    .where(
      and(
        eq(letters.id, letterId),
        eq(letters.status, 'submitted'),
        isNull(letters.reviewStartedAt),
      ),
    )
}

/** Every version sent of some letters, in order. */
export async function findVersions(db: Reader, letterIds: string[]) {
  if (letterIds.length === 0) return []
  return db
    .select()
    .from(letterVersions)
    .where(inArray(letterVersions.letterId, letterIds))
    .orderBy(asc(letterVersions.letterId), asc(letterVersions.number))
}

export async function findVersion(db: Reader, letterId: string, number: number) {
  const [row] = await db
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.letterId, letterId), eq(letterVersions.number, number)))
  return row
}

/** The decisions on some letters, version by version, with who made them. */
export async function findDecisions(db: Reader, letterIds: string[]) {
  if (letterIds.length === 0) return []
  return db
    .select({ decision: letterDecisions, decidedByName: users.name })
    .from(letterDecisions)
    .innerJoin(users, eq(users.id, letterDecisions.decidedByUserId))
    .where(inArray(letterDecisions.letterId, letterIds))
    .orderBy(
      asc(letterDecisions.letterId),
      asc(letterDecisions.versionNumber),
      asc(letterDecisions.decidedAt),
    )
}
export type DecisionRow = Awaited<ReturnType<typeof findDecisions>>[number]

export async function insertDecision(tx: Tx, values: typeof letterDecisions.$inferInsert) {
  await tx.insert(letterDecisions).values(values)
}

/** The photos of some letters, in the order they were added. */
export async function findPhotos(db: Reader, letterIds: string[]) {
  if (letterIds.length === 0) return []
  return db
    .select()
    .from(letterPhotos)
    .where(inArray(letterPhotos.letterId, letterIds))
    .orderBy(asc(letterPhotos.createdAt), asc(letterPhotos.id))
}

/** A photo of a letter with its file. */
export async function findPhotoFile(db: Reader, letterId: string, photoId: string) {
  const [row] = await db
    .select({ photo: letterPhotos, file: files })
    .from(letterPhotos)
    .innerJoin(files, eq(files.id, letterPhotos.fileId))
    .where(and(eq(letterPhotos.id, photoId), eq(letterPhotos.letterId, letterId)))
  return row
}

/** The approved and withheld photos of some letters with their bytes, for the child's record. */
export async function findDecidedPhotoFiles(db: Reader, letterIds: string[]) {
  if (letterIds.length === 0) return []
  return db
    .select({
      id: letterPhotos.id,
      letterId: letterPhotos.letterId,
      status: letterPhotos.status,
      width: letterPhotos.width,
      height: letterPhotos.height,
      content: files.content,
    })
    .from(letterPhotos)
    .innerJoin(files, eq(files.id, letterPhotos.fileId))
    .where(
      and(
        inArray(letterPhotos.letterId, letterIds),
        inArray(letterPhotos.status, ['approved', 'withheld']),
      ),
    )
    .orderBy(asc(letterPhotos.createdAt), asc(letterPhotos.id))
}

/** The names of the files scanned for paper letters. */
export async function findFileNames(db: Reader, fileIds: string[]) {
  if (fileIds.length === 0) return new Map<string, string>()
  const rows = await db
    .select({ id: files.id, fileName: files.fileName })
    .from(files)
    .where(inArray(files.id, fileIds))
  return new Map(rows.map((row) => [row.id, row.fileName]))
}

/** Sets each photo's decision: the approved ones, and every other photo of the letter withheld. */
export async function decidePhotos(tx: Tx, letterId: string, approvedIds: string[]) {
  await tx
    .update(letterPhotos)
    .set({
      status:
        approvedIds.length > 0
          ? sql`case when ${inArray(letterPhotos.id, approvedIds)} then 'approved' else 'withheld' end`
          : 'withheld',
    })
    .where(eq(letterPhotos.letterId, letterId))
}
