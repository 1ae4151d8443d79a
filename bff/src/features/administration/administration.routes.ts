import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { staffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { administrationService } from './administration.service.ts'

/** Administrators manage staff accounts and local authorities; they never reach case records. */
export function administrationRoutes(db: Db, options: { clock: Clock }) {
  const service = administrationService(db, options.clock)

  return [
    handle(endpoints.findLocalAuthorities, access.signedIn(staffRoles), ({ actor }) =>
      service.findLocalAuthorities(actor),
    ),

    handle(endpoints.createLocalAuthority, access.signedIn(['administrator']), ({ actor, body }) =>
      service.createLocalAuthority(actor, body),
    ),

    handle(endpoints.findStaff, access.signedIn(['administrator', 'team_manager']), ({ actor }) =>
      service.findStaff(actor),
    ),

    handle(
      endpoints.updateStaffMember,
      access.signedIn(['administrator']),
      ({ actor, params, body }) => service.updateStaffMember(actor, params.userId, body),
    ),

    handle(
      endpoints.recordConflictOfInterest,
      access.signedIn(['administrator', 'team_manager']),
      ({ actor, body }) => service.recordConflictOfInterest(actor, body),
    ),
  ]
}
