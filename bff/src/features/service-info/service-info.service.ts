import type { Db } from '@asp/db'
import { findServiceProviders } from './service-info.repository.ts'

/** What anyone may know of the service before signing in. */
export function serviceInfoService(db: Db) {
  return {
    async getServiceInfo() {
      return { organisations: await findServiceProviders(db) }
    },
  }
}
