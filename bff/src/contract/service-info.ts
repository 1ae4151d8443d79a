import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'

/** What the start page says about who runs the service: public, and the same for everyone. */
export const serviceInfoSchema = z
  .object({
    organisations: z.array(
      z.object({
        name: z.string(),
        localAuthorities: z.array(z.object({ name: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ServiceInfo' })
export type ServiceInfo = z.infer<typeof serviceInfoSchema>

/** The endpoints of service info. */
export const serviceInfoEndpoints = {
  getServiceInfo: defineEndpoint({
    method: 'get',
    path: '/api/service-info',
    summary: 'Who provides the service, for the start page',
    tag: 'platform',
    response: serviceInfoSchema,
  }),
} as const
