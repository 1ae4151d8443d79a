import { createHash } from 'node:crypto'
import { and, eq, files, inArray, messageAttachments, sql, type Writer } from '@asp/db'
import { fileTypeFromBuffer } from 'file-type'
import { attachmentTypes, maxAttachmentBytes } from '../../contract/index.ts'
import type { Actor } from '../actor.ts'
import { auditContextOf, recordAudit } from '../audit.ts'
import { AppError } from '../errors.ts'

const fileProblem = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, fieldErrors: { file: message } })

const allowedNames = 'a PDF, JPG, PNG, GIF, WebP, HEIC or Word document'

/**
 * Characters that change how a name shows without showing themselves: bidirectional overrides,
 * embeddings and isolates (U+202E shows `gnp.exe` as `exe.png`), the Arabic letter mark, zero-width
 * spaces and joiners, and the byte order mark.
 */
const invisibleFormatting = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/**
 * The name the user gave, without any path, control characters, invisible formatting or more than
 * 200 characters (its end kept, so that the extension stays).
 */
export function cleanFileName(raw: string | undefined) {
  let name = ''
  try {
    name = decodeURIComponent(raw ?? '')
  } catch {
    name = ''
  }
  name = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(invisibleFormatting, '')
    .trim()
  return name.slice(-200)
}

/** What a message shows of each file attached to it. */
export interface AttachmentSummary {
  id: string
  fileName: string
  contentType: string
  sizeBytes: number
}

/**
 * Keeps an uploaded file after checking it: not empty, not too large, and a type we accept as
 * found in its bytes (file-type reads the magic numbers), whatever its name says.
 */
export async function storeUpload(db: Writer, actor: Actor, bytes: unknown, rawName?: string) {
  if (!Buffer.isBuffer(bytes)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      message: 'Send the file as application/octet-stream',
    })
  }
  const fileName = cleanFileName(rawName)
  if (!fileName) throw fileProblem('Select a file')
  if (bytes.length === 0) throw fileProblem('The selected file is empty')
  if (bytes.length > maxAttachmentBytes)
    throw fileProblem('The selected file must be smaller than 10MB')
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || !(detected.mime in attachmentTypes)) {
    throw fileProblem(`The selected file must be ${allowedNames}`)
  }
  const [stored] = await db
    .insert(files)
    .values({
      organisationId: actor.organisationId,
      uploadedByUserId: actor.userId,
      fileName,
      contentType: detected.mime,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
    })
    .returning({ id: files.id })
  await recordAudit(db, auditContextOf(actor), {
    action: 'create',
    recordType: 'file',
    recordId: stored!.id,
    details: { contentType: detected.mime, sizeBytes: bytes.length },
  })
  return { id: stored!.id, fileName, contentType: detected.mime, sizeBytes: bytes.length }
}

/**
 * Attaches the caller's own unsent uploads to a message. Any id that is not theirs, or already
 * sent, fails the whole message with a 400, so nothing is half sent.
 */
export async function attachToMessage(
  db: Writer,
  actor: Actor,
  messageId: string,
  fileIds: string[],
) {
  if (fileIds.length === 0) return
  const unique = [...new Set(fileIds)]
  const own = await db
    .select({ id: files.id })
    .from(files)
    .where(
      and(
        inArray(files.id, unique),
        eq(files.uploadedByUserId, actor.userId),
        sql`not exists (select 1 from ${messageAttachments} where ${messageAttachments.fileId} = ${files.id})`,
      ),
    )
  if (own.length !== unique.length) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: { attachmentIds: 'The selected file could not be found. Upload it again' },
    })
  }
  await db.insert(messageAttachments).values(unique.map((fileId) => ({ messageId, fileId })))
}
