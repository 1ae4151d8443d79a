import type { Db } from '@asp/db'
import type { AsfApplicationStatus, AsfTherapyType } from '../../contract/index.ts'
import type { Actor } from '../../platform/actor.ts'
import { auditContextOf, recordAudit } from '../../platform/audit.ts'
import { findFamilyApplications } from './asf.repository.ts'

/** An adoptive parent's view: what was applied for for their children, where it is, and when. */
export function myAsfService(db: Db) {
  return {
    async find(actor: Actor) {
      const rows = await findFamilyApplications(db, actor.userId)
      await recordAudit(db, auditContextOf(actor), {
        action: 'read',
        recordType: 'asf-application-list',
        details: { own: true, shown: rows.length },
      })
      return {
        applications: rows.map((row) => ({
          id: row.id,
          childFirstName: row.childFirstName,
          financialYear: row.financialYear,
          status: row.status as AsfApplicationStatus,
          therapies: row.therapies.map((t) => ({
            therapyType: t.therapyType as AsfTherapyType,
            providerName: t.providerName,
            endsOn: t.endsOn,
          })),
          submittedOn: row.submittedOn,
          decidedOn: row.decidedOn,
        })),
      }
    },
  }
}
