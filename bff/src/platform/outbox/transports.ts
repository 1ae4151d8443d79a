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
