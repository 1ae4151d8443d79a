import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { findServiceProviders } from './service-info.repository.ts'

export function serviceInfoRoutes(db: Db) {
  return [
    handle(endpoints.getServiceInfo, access.anyone, async () => ({
      organisations: await findServiceProviders(db),
    })),
  ]
}
