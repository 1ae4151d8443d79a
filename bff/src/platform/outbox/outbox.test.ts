import { outboxMessages } from '@asp/db'
import { createTestDatabase } from '@asp/db/testing'
import { describe, expect, it } from 'vitest'
import {
  deliverDueMessages,
  enqueueEmail,
  type EmailMessage,
  type MessageTransport,
} from './outbox.ts'

const quiet = { warn: () => undefined, error: () => undefined }

function recordingTransport(fail = false) {
  const sent: EmailMessage[] = []
  const transport: MessageTransport = {
    name: 'smtp',
    send: async (message) => {
      if (fail) throw new Error('SMTP server said no')
      await new Promise((resolve) => setTimeout(resolve, 5))
      sent.push(message)
    },
  }
  return { sent, transport }
}

describe('the email outbox', () => {
  it('sends each message once, even with two workers racing', async () => {
    const database = await createTestDatabase()
    try {
      for (let n = 0; n < 12; n += 1) {
        await enqueueEmail(database.db, {
          recipient: `person-${n}@example.invalid`,
          template: 'invitation',
          subject: 'Create your account',
          body: 'Sign in to read it',
        })
      }
      const a = recordingTransport()
      const b = recordingTransport()
      let rounds = 0
      while (rounds < 5) {
        const [x, y] = await Promise.all([
          deliverDueMessages({
            db: database.db,
            transport: a.transport,
            logger: quiet,
            batchSize: 4,
          }),
          deliverDueMessages({
            db: database.db,
            transport: b.transport,
            logger: quiet,
            batchSize: 4,
          }),
        ])
        rounds += 1
        if (x + y === 0) break
      }
      const recipients = [...a.sent, ...b.sent].map((m) => m.recipient).sort()
      expect(recipients).toHaveLength(12)
      expect(new Set(recipients).size).toBe(12)
      const rows = await database.db.select().from(outboxMessages)
      expect(rows.every((row) => row.status === 'sent')).toBe(true)
    } finally {
      await database.close()
    }
  })

  it('retries a failed message later with backoff, and keeps the reason', async () => {
    const database = await createTestDatabase()
    try {
      await enqueueEmail(database.db, {
        recipient: 'a@example.invalid',
        template: 't',
        subject: 's',
        body: 'b',
      })
      const failing = recordingTransport(true)
      // A second ahead: the database stamps the message in microseconds, JavaScript in milliseconds.
      const now = new Date(Date.now() + 1000)
      expect(
        await deliverDueMessages({
          db: database.db,
          transport: failing.transport,
          logger: quiet,
          now: () => now,
        }),
      ).toBe(0)
      const [row] = await database.db.select().from(outboxMessages)
      expect(row).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: 'SMTP server said no',
      })
      expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime())
      const working = recordingTransport()
      expect(
        await deliverDueMessages({
          db: database.db,
          transport: working.transport,
          logger: quiet,
          now: () => now,
        }),
      ).toBe(0)
      const later = new Date(now.getTime() + 60_000)
      expect(
        await deliverDueMessages({
          db: database.db,
          transport: working.transport,
          logger: quiet,
          now: () => later,
        }),
      ).toBe(1)
    } finally {
      await database.close()
    }
  })
})
