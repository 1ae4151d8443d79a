import express from 'express'
import { describe, expect, it } from 'vitest'
import { listen, shutdownGracefully } from './lifecycle.ts'

const quietLogger = { info: () => undefined, error: () => undefined }

describe('shutdownGracefully', () => {
  it('lets a request in flight finish, refuses new ones, then closes the database', async () => {
    const events: string[] = []
    let release: () => void = () => undefined
    const app = express()
    app.get('/slow', (_req, res) => {
      events.push('request started')
      release = () => res.json({ finished: true })
    })
    const server = await listen(app, 0, '127.0.0.1')
    const address = server.address()
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`

    const inFlight = fetch(`${base}/slow`).then((res) => res.json())
    await expect.poll(() => events).toContain('request started')

    const stopped = shutdownGracefully({
      server,
      close: async () => {
        events.push('database closed')
      },
      logger: quietLogger,
    })
    await expect(fetch(`${base}/slow`)).rejects.toThrow()
    expect(events).not.toContain('database closed')

    release()
    await expect(inFlight).resolves.toEqual({ finished: true })
    await expect(stopped).resolves.toBe(0)
    expect(events).toEqual(['request started', 'database closed'])
  })

  it('cuts connections still open after the grace period', async () => {
    const app = express()
    app.get('/never', () => undefined)
    const server = await listen(app, 0, '127.0.0.1')
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const hanging = fetch(`http://127.0.0.1:${port}/never`).catch(() => 'cut')
    await new Promise((resolve) => setTimeout(resolve, 50))
    const code = await shutdownGracefully({
      server,
      close: async () => undefined,
      logger: quietLogger,
      graceMs: 100,
    })
    expect(code).toBe(0)
    await expect(hanging).resolves.toBe('cut')
  })
})
