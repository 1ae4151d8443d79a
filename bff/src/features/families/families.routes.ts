import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { caseStaffRoles, serviceStaffRoles } from '../../platform/actor.ts'
import type { Clock } from '../../platform/clock.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { familyService } from './families.service.ts'

/** Who changes a family's record: the support workers and team managers of its area. */
const familyEditors = ['support_worker', 'team_manager'] as const

export function familyRoutes(db: Db, options: { clock: Clock }) {
  const service = familyService(db, options.clock)

  return [
    handle(endpoints.getMyFamily, access.signedIn(['adopter']), ({ actor }) =>
      service.getMine(actor),
    ),

    handle(
      endpoints.getFamily,
      access.signedIn(['adopter', ...caseStaffRoles]),
      ({ actor, params, req }) => service.get(actor, params.familyId, req.log),
    ),

    handle(endpoints.getBirthRelative, access.signedIn(caseStaffRoles), ({ actor, params, req }) =>
      service.getBirthRelative(actor, params.birthRelativeId, req.log),
    ),

    handle(endpoints.updateFamily, access.signedIn(familyEditors), ({ actor, params, body }) =>
      service.updateFamily(actor, params.familyId, body),
    ),

    handle(
      endpoints.updateFamilyParent,
      access.signedIn(familyEditors),
      ({ actor, params, body }) =>
        service.updateParent(actor, params.familyId, params.parentId, body),
    ),

    handle(endpoints.addChild, access.signedIn(familyEditors), ({ actor, params, body }) =>
      service.addChild(actor, params.familyId, body),
    ),

    handle(endpoints.updateChild, access.signedIn(familyEditors), ({ actor, params, body }) =>
      service.updateChild(actor, params.familyId, params.childId, body),
    ),

    handle(endpoints.findPeople, access.signedIn(serviceStaffRoles), ({ actor, query }) =>
      service.findPeople(actor, query.q),
    ),
  ]
}
