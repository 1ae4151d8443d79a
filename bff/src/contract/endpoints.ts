import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'
import { healthSchema, readinessSchema, serviceInfoSchema } from './platform.ts'

export const endpoints = {
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
  getServiceInfo: defineEndpoint({
    method: 'get',
    path: '/api/service-info',
    summary: 'Who provides the service, for the start page',
    tag: 'platform',
    response: serviceInfoSchema,
  }),
} as const

export type EndpointName = keyof typeof endpoints
