import { asc, eq, localAuthorities, organisations, type Reader } from '@asp/db'
import type { ServiceInfo } from '../../contract/index.ts'

/** Public facts only: which agencies run the service and for which councils. */
export async function findServiceProviders(db: Reader): Promise<ServiceInfo['organisations']> {
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      localAuthorityName: localAuthorities.name,
    })
    .from(organisations)
    .leftJoin(localAuthorities, eq(localAuthorities.organisationId, organisations.id))
    .orderBy(asc(organisations.name), asc(localAuthorities.name))

  const byOrganisation = new Map<string, ServiceInfo['organisations'][number]>()
  for (const row of rows) {
    let organisation = byOrganisation.get(row.organisationId)
    if (!organisation) {
      organisation = { name: row.organisationName, localAuthorities: [] }
      byOrganisation.set(row.organisationId, organisation)
    }
    if (row.localAuthorityName) organisation.localAuthorities.push({ name: row.localAuthorityName })
  }
  return [...byOrganisation.values()]
}
