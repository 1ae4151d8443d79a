import { desc, outboxMessages, type Reader } from '@asp/db'

/** The latest messages in the outbox, newest first. */
export function findLatestMessages(db: Reader, limit: number) {
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(limit)
}
