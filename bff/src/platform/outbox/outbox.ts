import {
  and,
  asc,
  eq,
  lte,
  or,
  isNull,
  outboxMessages,
  sql,
  inArray,
  type Db,
  type Writer,
} from '@asp/db'
import { startRepeating } from '../jobs.ts'
import { systemClock, type Clock } from '../clock.ts'

export interface EmailMessage {
  recipient: string
  template: string
  subject: string
  body: string
}

export interface TextMessage {
  /** A UK mobile number, 07… */
  recipient: string
  template: string
  body: string
}

/** What a transport is handed: an email or a text message, with the outbox's id. */
export type OutboxMessage = EmailMessage & { id?: string; channel: 'email' | 'sms' }

/**
 * Queues an email. Call it with the business transaction so the message exists only if the change
 * does. Messages say what happened and link to the portal; never case details.
 */
export async function enqueueEmail(db: Writer, message: EmailMessage) {
  await db.insert(outboxMessages).values({ ...message, channel: 'email' })
}

/**
 * Queues a text message (security codes only). Like emails, texts carry no case details.
 */
export async function enqueueTextMessage(db: Writer, message: TextMessage) {
  await db.insert(outboxMessages).values({ ...message, subject: '', channel: 'sms' })
}

export interface MessageTransport {
  name: string
  send(message: OutboxMessage): Promise<void>
}

export interface OutboxWorkerOptions {
  db: Db
  transport: MessageTransport
  logger: { warn: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void }
  batchSize?: number
  /** How long a claimed message stays claimed before another process may retry it. */
  claimSeconds?: number
  maxAttempts?: number
  now?: Clock
}

/**
 * Sends what is due, once. Messages are claimed with FOR UPDATE SKIP LOCKED and a claim deadline,
 * so several BFF processes never send the same message twice; a failure is retried with backoff.
 */
export async function deliverDueMessages(options: OutboxWorkerOptions): Promise<number> {
  const { db, transport, logger, batchSize = 10, claimSeconds = 60, maxAttempts = 8 } = options
  const clock = options.now ?? systemClock
  const now = clock()
  const claimedUntil = new Date(now.getTime() + claimSeconds * 1000)
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMessages.id })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, 'pending'),
          lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
        ),
      )
      .orderBy(asc(outboxMessages.createdAt))
      .limit(batchSize)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    return tx
      .update(outboxMessages)
      .set({ lockedUntil: claimedUntil, attempts: sql`${outboxMessages.attempts} + 1` })
      .where(
        inArray(
          outboxMessages.id,
          due.map((row) => row.id),
        ),
      )
      .returning()
  })

  let sent = 0
  for (const message of claimed) {
    try {
      await transport.send({ ...message, channel: message.channel === 'sms' ? 'sms' : 'email' })
      await db
        .update(outboxMessages)
        .set({ status: 'sent', sentAt: clock(), lockedUntil: null, lastError: null })
        .where(eq(outboxMessages.id, message.id))
      sent += 1
    } catch (error) {
      const giveUp = message.attempts >= maxAttempts
      const backoffSeconds = Math.min(3600, 30 * 2 ** (message.attempts - 1))
      const reason = error instanceof Error ? error.message.slice(0, 300) : 'unknown error'
      await db
        .update(outboxMessages)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lockedUntil: null,
          lastError: reason,
          nextAttemptAt: new Date(now.getTime() + backoffSeconds * 1000),
        })
        .where(eq(outboxMessages.id, message.id))
      const log = giveUp ? logger.error : logger.warn
      log(
        { messageId: message.id, attempts: message.attempts, transport: transport.name },
        'Message not sent',
      )
    }
  }
  return sent
}

/** Runs `deliverDueMessages` every few seconds until stopped. */
export function startOutboxWorker(options: OutboxWorkerOptions & { intervalMs?: number }) {
  return startRepeating(() => deliverDueMessages(options), {
    intervalMs: options.intervalMs ?? 2000,
    logger: options.logger,
    failure: 'Outbox worker failed',
  })
}
