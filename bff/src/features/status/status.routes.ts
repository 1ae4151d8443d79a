import type { Database } from '@asp/db'
import { endpoints, type Endpoint } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { statusService } from './status.service.ts'

export function statusRoutes(database: Database, allEndpoints: () => readonly Endpoint[]) {
  const status = statusService(database, allEndpoints)
  return [
    handle(endpoints.getHealth, access.anyone, () => status.getHealth()),
    handle(endpoints.getReadiness, access.anyone, ({ req }) => status.getReadiness(req.log)),
    handle(endpoints.getOpenApiDocument, access.anyone, () => status.getOpenApiDocument()),
  ]
}
