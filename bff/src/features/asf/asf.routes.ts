import type { Db } from '@asp/db'
import { asfCaseRoles, asfReaderRoles, endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import type { Clock } from '../../platform/clock.ts'
import { sendDownload } from '../../platform/csv/csv.ts'
import type { MountedEndpoint } from '../../platform/endpoint-router.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { asfApplicationsService } from './applications.service.ts'
import { asfFiguresService } from './figures.service.ts'
import { myAsfService } from './my-asf.service.ts'
import { asfProvidersService } from './providers.service.ts'

/** Case staff and the finance officer read applications; administrators have no part in them. */
const readers = asfReaderRoles
/** Support workers and team managers make applications and change them. */
const writers = asfCaseRoles
/** Each step's own roles are the state machine's (`asf-states.ts`): these may ask for one. */
const movers = ['support_worker', 'team_manager', 'finance_officer'] as const
/** The provider register is kept by the finance officer and team managers. */
const registerKeepers = ['team_manager', 'finance_officer'] as const
/** The year's money, for those who report it. */
const reporters = ['team_manager', 'finance_officer'] as const

/** Adoption Support Fund applications: the family's view, staff's, the register and figures. */
export function asfRoutes(db: Db, options: { clock: Clock }): MountedEndpoint[] {
  const { clock } = options
  const applications = asfApplicationsService(db, clock)
  const providers = asfProvidersService(db, clock)
  const figures = asfFiguresService(db)
  const mine = myAsfService(db)

  return [
    handle(endpoints.getMyAsfApplications, access.signedIn(['adopter']), ({ actor }) =>
      mine.find(actor),
    ),

    handle(endpoints.findAsfApplications, access.signedIn(readers), ({ actor, query }) =>
      applications.find(actor, query),
    ),

    handle(endpoints.getAsfNewApplication, access.signedIn(writers), ({ actor, query }) =>
      applications.startingPoint(actor, query),
    ),

    handle(endpoints.getAsfAllowance, access.signedIn(readers), ({ actor, query }) =>
      applications.allowance(actor, query),
    ),

    handle(endpoints.createAsfApplication, access.signedIn(writers), ({ actor, body }) =>
      applications.create(actor, body),
    ),

    handle(endpoints.getAsfApplication, access.signedIn(readers), ({ actor, params }) =>
      applications.get(actor, params.applicationId),
    ),

    handle(endpoints.changeAsfApplication, access.signedIn(writers), ({ actor, params, body }) =>
      applications.change(actor, params.applicationId, body),
    ),

    handle(endpoints.moveAsfApplication, access.signedIn(movers), ({ actor, params, body }) =>
      applications.move(actor, params.applicationId, body),
    ),

    handle(endpoints.renewAsfApplication, access.signedIn(writers), ({ actor, params }) =>
      applications.renew(actor, params.applicationId),
    ),

    handle(
      endpoints.recordAsfInvoice,
      access.signedIn(['finance_officer']),
      ({ actor, params, body }) => applications.recordInvoice(actor, params.applicationId, body),
    ),

    handle(endpoints.downloadAsfSummary, access.signedIn(readers), async ({ actor, params, res }) =>
      sendDownload(res, await applications.summary(actor, params.applicationId), 'text/plain'),
    ),

    handle(endpoints.findAsfProviders, access.signedIn(readers), ({ actor }) =>
      providers.list(actor),
    ),

    handle(endpoints.createAsfProvider, access.signedIn(registerKeepers), ({ actor, body }) =>
      providers.create(actor, body),
    ),

    handle(
      endpoints.changeAsfProvider,
      access.signedIn(registerKeepers),
      ({ actor, params, body }) => providers.change(actor, params.providerId, body),
    ),

    handle(endpoints.getAsfFigures, access.signedIn(reporters), ({ actor, query }) =>
      figures.figures(actor, query),
    ),

    handle(
      endpoints.downloadAsfFigures,
      access.signedIn(reporters),
      async ({ actor, query, res }) =>
        sendDownload(res, await figures.csv(actor, query), 'text/csv'),
    ),
  ]
}
