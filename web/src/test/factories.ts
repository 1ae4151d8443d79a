import type { ServiceInfo } from '@asp/bff/contract'

/** Service info for tests: a fictional agency and real council names, as the demo seed has. */
export function buildServiceInfo(overrides: Partial<ServiceInfo> = {}): ServiceInfo {
  return {
    organisations: [
      {
        name: 'Adoption Central England',
        localAuthorities: [
          { name: 'Coventry City Council' },
          { name: 'Solihull Metropolitan Borough Council' },
          { name: 'Warwickshire County Council' },
          { name: 'Worcestershire County Council' },
        ],
      },
    ],
    ...overrides,
  }
}
