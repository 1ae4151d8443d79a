import { z } from 'zod'

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
export type Health = z.infer<typeof healthSchema>

export const readinessSchema = z.object({ status: z.literal('ready') }).meta({ id: 'Readiness' })
export type Readiness = z.infer<typeof readinessSchema>

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
