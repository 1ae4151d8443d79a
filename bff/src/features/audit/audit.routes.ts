import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { auditService } from './audit.service.ts'

/** Team managers read who read or changed a record they may reach. */
export function auditRoutes(db: Db) {
  const service = auditService(db)
  return [
    handle(endpoints.getAuditTrail, access.signedIn(['team_manager']), ({ actor, query }) =>
      service.getAuditTrail(actor, query),
    ),
  ]
}
