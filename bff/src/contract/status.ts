import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'

export const healthSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' })
export type Health = z.infer<typeof healthSchema>

export const readinessSchema = z.object({ status: z.literal('ready') }).meta({ id: 'Readiness' })
export type Readiness = z.infer<typeof readinessSchema>

/** The endpoints of status. */
export const statusEndpoints = {
  getHealth: defineEndpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process is up',
    tag: 'platform',
    response: healthSchema,
  }),
  getReadiness: defineEndpoint({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the database answers',
    tag: 'platform',
    response: readinessSchema,
  }),
  getOpenApiDocument: defineEndpoint({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This API described as OpenAPI 3.1',
    tag: 'platform',
    response: z.object({
      openapi: z.string(),
      info: z.object({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
} as const
