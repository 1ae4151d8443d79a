import {
  and,
  asc,
  children,
  contactAgreements,
  count,
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
  sql,
  users,
  birthRelatives,
  type Reader,
  type SQL,
  type Tx,
  type Writer,
} from '@asp/db'
import { versioned } from '../../platform/versioned-update.ts'
import { selectLetterSummaries } from './agreements.repository.ts'

// Every query of checking letters: the queue, a letter with its versions, decisions and photos,
// and the decision's writes. `scope` is `staffAgreementScope`: a letter is reached through its
// agreement.

export const updateLetterAtVersion = versioned(letters)

const waitingForCheck = and(eq(letters.status, 'submitted'), eq(letters.channel, 'portal'))!

/** Letters waiting to be checked, oldest sent first. */
export async function findReviewQueuePage(
  db: Reader,
  scope: SQL,
  page: { page: number; pageSize: number },
) {
  const where = and(waitingForCheck, scope)!
  const rows = await selectLetterSummaries(db)
    .where(where)
    .orderBy(asc(letters.submittedAt), asc(letters.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
  const [total] = await db
    .select({ total: count() })
    .from(letters)
    .innerJoin(contactAgreements, eq(contactAgreements.id, letters.agreementId))
    .where(where)
  return { rows, total: total?.total ?? 0 }
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
