import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
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
      async ({ actor, params, res }) => {
        const file = await registers.downloadRegister(actor, params.eventId)
        const body = Buffer.from(file.content, 'utf8')
        res.setHeader('Content-Type', 'text/csv; charset=utf-8')
        res.setHeader('Content-Length', String(body.length))
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        res.status(200).end(body)
        return undefined
      },
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
