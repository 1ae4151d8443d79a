import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { sendDownload } from '../../platform/csv/csv.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { groupFiguresService } from './figures.service.ts'
import { groupRegisterService } from './register.service.ts'

/** The register names families and children: case staff, never administrators. */
const registerKeepers = caseStaffRoles
/** Figures are counts, for those who report them. */
const reporters = ['team_manager', 'administrator'] as const

export function groupRegisterRoutes(db: Db, options: { clock: Clock }) {
  const { clock } = options
  const registers = groupRegisterService(db, clock)
  const figures = groupFiguresService(db, clock)

  return [
    handle(endpoints.getGroupRegister, access.signedIn(registerKeepers), ({ actor, params }) =>
      registers.getRegister(actor, params.eventId),
    ),

    handle(
      endpoints.downloadGroupRegister,
      access.signedIn(registerKeepers),
      async ({ actor, params, res }) =>
        sendDownload(res, await registers.downloadRegister(actor, params.eventId), 'text/csv'),
    ),

    handle(
      endpoints.markGroupAttendance,
      access.signedIn(registerKeepers),
      ({ actor, params, body }) => registers.markAttendance(actor, params.eventId, body),
    ),

    handle(endpoints.addGroupWalkIn, access.signedIn(registerKeepers), ({ actor, params, body }) =>
      registers.addWalkIn(actor, params.eventId, body),
    ),

    handle(endpoints.getGroupFigures, access.signedIn(reporters), ({ actor, query }) =>
      figures.getFigures(actor, query),
    ),
  ]
}
