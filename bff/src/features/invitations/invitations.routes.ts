import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { invitationService } from './invitations.service.ts'

export function invitationRoutes(db: Db, options: { clock: Clock; publicUrl: string }) {
  const service = invitationService(db, options.clock, options.publicUrl)

  return [
    handle(
      endpoints.createInvitation,
      access.signedIn(['support_worker', 'team_manager', 'administrator']),
      ({ actor, body }) => service.create(actor, body),
    ),

    handle(endpoints.getInvitation, access.anyone, ({ params }) => service.get(params.token)),

    handle(endpoints.acceptInvitation, access.anyone, ({ params, body, req }) =>
      service.accept(params.token, body.password, {
        ipAddress: req.ip,
        userAgent: req.get('user-agent'),
        requestId: String(req.id),
      }),
    ),
  ]
}
