import {
  and,
  eq,
  files,
  messageAttachments,
  sql,
  supportRequestMessages,
  supportRequests,
  type Reader,
  type SQL,
} from '@asp/db'
import type { Actor } from '../../platform/actor.ts'

/** A file the caller may read: their own upload, or one sent on a request in `scope`. */
export async function findReadableFile(db: Reader, actor: Actor, fileId: string, scope: SQL) {
  const [file] = await db
    .select()
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        eq(files.organisationId, actor.organisationId),
        sql`(${files.uploadedByUserId} = ${actor.userId} or exists (
          select 1 from ${messageAttachments}
          join ${supportRequestMessages} on ${supportRequestMessages.id} = ${messageAttachments.messageId}
          join ${supportRequests} on ${supportRequests.id} = ${supportRequestMessages.supportRequestId}
          where ${messageAttachments.fileId} = ${files.id} and ${scope}))`,
      ),
    )
  return file
}
