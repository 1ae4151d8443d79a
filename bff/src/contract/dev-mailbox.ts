import { z } from 'zod'
import { defineEndpoint } from './endpoint.ts'

// ---- Development mailbox --------------------------------------------------------------------------

export const mailboxMessageSchema = z.object({
  id: z.uuid(),
  channel: z.enum(['email', 'sms']),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  status: z.string(),
})
export const mailboxSchema = z.object({ messages: z.array(mailboxMessageSchema) })
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>

/** The endpoints of dev mailbox. */
export const devMailboxEndpoints = {
  getDevMailbox: defineEndpoint({
    method: 'get',
    path: '/api/dev/mailbox',
    summary: 'Emails kept in the database when no email service is set up (demo only)',
    tag: 'development',
    response: mailboxSchema,
  }),
} as const
