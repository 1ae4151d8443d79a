import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { serviceInfoService } from './service-info.service.ts'

export function serviceInfoRoutes(db: Db) {
  const serviceInfo = serviceInfoService(db)
  return [handle(endpoints.getServiceInfo, access.anyone, () => serviceInfo.getServiceInfo())]
}
