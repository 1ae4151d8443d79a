import { desc, outboxMessages, type Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { AppError } from '../../platform/errors.ts'

/**
 * The demo's mailbox: emails and text messages kept in the database when no email service is configured. Only on
 * when DEV_MAILBOX is set (the start command sets it for the demo); otherwise it answers 404.
 */
export function devMailboxRoutes(db: Db, enabled: boolean) {
  return [
    handle(endpoints.getDevMailbox, access.anyone, async () => {
      if (!enabled) throw new AppError('NOT_FOUND')
      const messages = await db
        .select()
        .from(outboxMessages)
        .orderBy(desc(outboxMessages.createdAt))
        .limit(100)
      return {
        messages: messages.map((m) => ({
          id: m.id,
          channel: m.channel === 'sms' ? ('sms' as const) : ('email' as const),
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
          status: m.status,
        })),
      }
    }),
  ]
}
