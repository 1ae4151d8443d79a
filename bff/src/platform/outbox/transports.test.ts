import { createServer, type IncomingMessage } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifyTransport } from './transports.ts'

// A stand-in for GOV.UK Notify's API on 127.0.0.1, recording what the real client sends.
const received: { path: string; auth: string; body: Record<string, unknown> }[] = []
const server = createServer((req: IncomingMessage, res) => {
  let text = ''
  req.on('data', (chunk) => (text += chunk))
  req.on('end', () => {
    received.push({
      path: req.url ?? '',
      auth: req.headers.authorization ?? '',
      body: JSON.parse(text),
    })
    res.writeHead(201, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ id: 'notification-1' }))
  })
})
let baseUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const apiKey = `test_key-${'26785a09-ab16-4eb0-8407-a37497a57506'}-${'3d844edf-8d35-48ac-975b-e847b4f122b0'}`

describe('the GOV.UK Notify transport', () => {
  it('sends the subject and body into the one template, with the outbox id as reference', async () => {
    const transport = notifyTransport(apiKey, 'f33517ff-2a88-4f6e-b855-c550268ce08a', baseUrl)
    await transport.send({
      id: '0c1a7f4e-8a53-4b1e-9d0f-6c3b2a1e4d5f',
      recipient: 'parent@example.invalid',
      template: 'invitation',
      subject: 'Create your account for Adoption support',
      body: 'Sign in to read it',
    } as Parameters<typeof transport.send>[0])
    expect(received).toHaveLength(1)
    expect(received[0]?.path).toBe('/v2/notifications/email')
    expect(received[0]?.auth).toMatch(/^Bearer /)
    expect(received[0]?.body).toEqual({
      template_id: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
      email_address: 'parent@example.invalid',
      personalisation: {
        subject: 'Create your account for Adoption support',
        body: 'Sign in to read it',
      },
      reference: '0c1a7f4e-8a53-4b1e-9d0f-6c3b2a1e4d5f',
    })
  })
})
