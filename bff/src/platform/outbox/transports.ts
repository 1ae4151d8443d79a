import { NotifyClient } from 'notifications-node-client'
import nodemailer from 'nodemailer'
import type { EmailMessage, EmailTransport } from './outbox.ts'

/** No email service configured: messages stay in the database, for the development mailbox. */
export const databaseTransport: EmailTransport = {
  name: 'database',
  send: async () => undefined,
}

export function smtpTransport(url: string, from: string): EmailTransport {
  const transporter = nodemailer.createTransport(url)
  return {
    name: 'smtp',
    send: async (message: EmailMessage) => {
      await transporter.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      })
    },
  }
}

/**
 * GOV.UK Notify: one email template in the Notify account whose subject is `((subject))` and whose
 * body is `((body))`; our messages fill both. The outbox's id is the reference, so Notify's
 * records match ours.
 */
export function notifyTransport(
  apiKey: string,
  templateId: string,
  baseUrl?: string,
): EmailTransport {
  const client = baseUrl ? new NotifyClient(baseUrl, apiKey) : new NotifyClient(apiKey)
  return {
    name: 'notify',
    send: async (message: EmailMessage & { id?: string }) => {
      await client.sendEmail(templateId, message.recipient, {
        personalisation: { subject: message.subject, body: message.body },
        ...(message.id ? { reference: message.id } : {}),
      })
    },
  }
}
