import type { Db } from '@asp/db'
import { isStaff, type Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { AppError } from '../../platform/errors.ts'
import { storeUpload } from '../../platform/files/files.ts'
import { ownRequestScope, staffRequestScope } from '../support-requests/index.ts'
import { findReadableFile } from './files.repository.ts'

/** Uploads, and who may read them: the uploader, and whoever may reach a request they went with. */
export function filesService(db: Db) {
  return {
    /** Keeps an upload, once checked, for the caller to attach to a message. */
    upload(actor: Actor, bytes: unknown, fileName: string | undefined) {
      return storeUpload(db, actor, bytes, fileName)
    },

    /** A file the caller may read, with its contents; the read is audited. */
    async getReadable(actor: Actor, fileId: string) {
      const scope = isStaff(actor.role) ? staffRequestScope(actor) : ownRequestScope(actor)
      const file = await findReadableFile(db, actor, fileId, scope)
      if (!file) throw new AppError('NOT_FOUND')
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'file',
        recordId: file.id,
      })
      return file
    },
  }
}
