import type { Server } from 'node:http'
import type { Express } from 'express'
import type { Logger } from 'pino'

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) =>
      error ? reject(error) : resolve(server),
    )
  })
}

export interface ShutdownOptions {
  server: Server
  /** Closes what the server used (the database), after the last request has finished. */
  close: () => Promise<void>
  logger: Pick<Logger, 'info' | 'error'>
  /** How long requests in flight may take before their connections are cut. */
  graceMs?: number
}

/**
 * Stops accepting connections, lets requests in flight finish (up to the grace period), then
 * closes the database. Resolves with the exit code to use.
 */
export async function shutdownGracefully(options: ShutdownOptions): Promise<number> {
  const { server, close, logger, graceMs = 10_000 } = options
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  const idleSweep = setInterval(() => server.closeIdleConnections(), 100)
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs)
  try {
    await closed
    await close()
    logger.info('Stopped')
    return 0
  } catch (error) {
    logger.error({ err: error }, 'Error while stopping')
    return 1
  } finally {
    clearInterval(idleSweep)
    clearTimeout(deadline)
  }
}
