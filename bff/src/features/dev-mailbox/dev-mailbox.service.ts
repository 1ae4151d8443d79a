import type { Db } from '@asp/db'
import { AppError } from '../../platform/errors.ts'
import { findLatestMessages } from './dev-mailbox.repository.ts'

/** How many of the latest messages the mailbox shows. */
const shown = 100

/**
 * The demo's mailbox: emails and text messages kept in the database when no email service is
 * configured. Only on when DEV_MAILBOX is set (the start command sets it for the demo); otherwise
 * it answers 404.
 */
export function devMailboxService(db: Db, enabled: boolean) {
  return {
    async getMailbox() {
      if (!enabled) throw new AppError('NOT_FOUND')
      const messages = await findLatestMessages(db, shown)
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
    },
  }
}
