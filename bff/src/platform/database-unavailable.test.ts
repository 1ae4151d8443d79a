import express from 'express'
import request from 'supertest'
import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailable } from './database-unavailable.ts'
import { errorHandler } from './error-handler.ts'
import { createLogger, requestLogger } from './logger.ts'

/** An error as node-postgres makes them: a message and a code (SQLSTATE or the socket's). */
const driverError = (message: string, code?: string) =>
  Object.assign(new Error(message), code === undefined ? {} : { code })
/** As Drizzle wraps the driver's error. */
const wrapped = (cause: unknown) => new Error('Failed query: select 1', { cause })

describe('a database that cannot be reached', () => {
  it('is told apart from other errors, through the wrapper Drizzle puts round them', () => {
    for (const error of [
      driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      wrapped(driverError('terminating connection due to administrator command', '57P01')),
      wrapped(driverError('the database system is starting up', '57P03')),
      wrapped(driverError('sorry, too many clients already', '53300')),
      wrapped(driverError('Connection terminated unexpectedly')),
      driverError('timeout exceeded when trying to connect'),
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true)
    }
    for (const error of [
      wrapped(driverError('duplicate key value violates unique constraint', '23505')),
      wrapped(driverError('syntax error at or near "selec"', '42601')),
      new TypeError('Cannot read properties of undefined'),
      'ECONNREFUSED',
      null,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false)
    }
  })

  it('is answered 503 with Retry-After and the contract’s body, never the driver’s words (ASVS 16.5.1)', async () => {
    const app = express()
    app.use(requestLogger(createLogger('silent')))
    app.get('/api/down', () => {
      throw wrapped(driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))
    })
    app.get('/api/broken', () => {
      throw new TypeError('Cannot read properties of undefined')
    })
    app.use(errorHandler)

    const down = await request(app).get('/api/down')
    expect(down.status).toBe(503)
    expect(down.headers['retry-after']).toBe('5')
    expect(down.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Sorry, the service is unavailable. Try again later',
    })
    expect(down.text).not.toMatch(/ECONNREFUSED|5432|select/)

    const broken = await request(app).get('/api/broken')
    expect(broken.status).toBe(500)
    expect(broken.headers['retry-after']).toBeUndefined()
  })
})
