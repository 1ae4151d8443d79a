import type { Database } from '@asp/db'
import type { Logger } from 'pino'
import type { Endpoint } from '../../contract/index.ts'
import { AppError } from '../../platform/errors.ts'
import { buildOpenApiDocument } from '../../platform/openapi.ts'

const readinessTimeoutMs = 2_000

/** Liveness, readiness and the API's own description. */
export function statusService(database: Database, allEndpoints: () => readonly Endpoint[]) {
  let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined
  return {
    getHealth() {
      return { status: 'ok' as const }
    },

    async getReadiness(log: Pick<Logger, 'warn'>) {
      try {
        await withTimeout(database.ping(), readinessTimeoutMs)
      } catch (error) {
        log.warn({ err: error }, 'Readiness check failed: the database did not answer')
        throw new AppError('SERVICE_UNAVAILABLE')
      }
      return { status: 'ready' as const }
    },

    getOpenApiDocument() {
      openApiDocument ??= buildOpenApiDocument(allEndpoints())
      return openApiDocument
    },
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
