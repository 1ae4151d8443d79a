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
    const transport = notifyTransport(
      apiKey,
      { email: 'f33517ff-2a88-4f6e-b855-c550268ce08a' },
      baseUrl,
    )
    await transport.send({
      id: '0c1a7f4e-8a53-4b1e-9d0f-6c3b2a1e4d5f',
      channel: 'email',
      recipient: 'parent@example.invalid',
      template: 'invitation',
      subject: 'Create your account for Adoption support',
      body: 'Sign in to read it',
    })
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

  it('sends text messages to the text message template, and refuses them without one', async () => {
    received.length = 0
    const transport = notifyTransport(
      apiKey,
      { sms: '5b1f0f63-3c0a-4f0e-8f57-0d7c9f1d2a11' },
      baseUrl,
    )
    await transport.send({
      id: '7d6f2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
      channel: 'sms',
      recipient: '07700900982',
      template: 'security-code',
      subject: '',
      body: 'Your Adoption support security code is 123456.',
    })
    expect(received).toHaveLength(1)
    expect(received[0]?.path).toBe('/v2/notifications/sms')
    expect(received[0]?.body).toEqual({
      template_id: '5b1f0f63-3c0a-4f0e-8f57-0d7c9f1d2a11',
      phone_number: '07700900982',
      personalisation: { body: 'Your Adoption support security code is 123456.' },
      reference: '7d6f2c1e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
    })
    const emailOnly = notifyTransport(
      apiKey,
      { email: 'f33517ff-2a88-4f6e-b855-c550268ce08a' },
      baseUrl,
    )
    await expect(
      emailOnly.send({
        channel: 'sms',
        recipient: '07700900982',
        template: 'security-code',
        subject: '',
        body: 'code',
      }),
    ).rejects.toThrow('No Notify text message template')
    expect(received).toHaveLength(1)
  })
})
