import type { Database } from '@asp/db'
import { endpoints, type Endpoint } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'
import { buildOpenApiDocument } from '../../platform/openapi.ts'

const readinessTimeoutMs = 2_000

/** Liveness, readiness and the API's own description. */
export function statusRoutes(database: Database, allEndpoints: () => readonly Endpoint[]) {
  let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined
  return [
    handle(endpoints.getHealth, access.anyone, () => ({ status: 'ok' as const })),
    handle(endpoints.getReadiness, access.anyone, async ({ req }) => {
      try {
        await withTimeout(database.ping(), readinessTimeoutMs)
      } catch (error) {
        req.log.warn({ err: error }, 'Readiness check failed: the database did not answer')
        throw new AppError('SERVICE_UNAVAILABLE')
      }
      return { status: 'ready' as const }
    }),
    handle(endpoints.getOpenApiDocument, access.anyone, () => {
      openApiDocument ??= buildOpenApiDocument(allEndpoints())
      return openApiDocument
    }),
  ]
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
