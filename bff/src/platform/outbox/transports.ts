import { NotifyClient } from 'notifications-node-client'
import nodemailer from 'nodemailer'
import type { MessageTransport, OutboxMessage } from './outbox.ts'

/**
 * No service configured for the channel: messages stay in the database, for the development
 * mailbox.
 */
export const databaseTransport: MessageTransport = {
  name: 'database',
  send: async () => undefined,
}

export function smtpTransport(url: string, from: string): MessageTransport {
  const transporter = nodemailer.createTransport(url)
  return {
    name: 'smtp',
    send: async (message) => {
      if (message.channel !== 'email') throw new Error('SMTP sends email only')
      await transporter.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
      })
    },
  }
}

export interface NotifyTemplates {
  /** An email template whose subject is `((subject))` and whose body is `((body))`. */
  email?: string | undefined
  /** A text message template whose body is `((body))`. */
  sms?: string | undefined
}

/**
 * GOV.UK Notify: one template per channel, which our messages fill. The outbox's id is the
 * reference, so Notify's records match ours.
 */
export function notifyTransport(
  apiKey: string,
  templates: NotifyTemplates,
  baseUrl?: string,
): MessageTransport {
  const client = baseUrl ? new NotifyClient(baseUrl, apiKey) : new NotifyClient(apiKey)
  return {
    name: 'notify',
    send: async (message: OutboxMessage) => {
      const reference = message.id ? { reference: message.id } : {}
      if (message.channel === 'sms') {
        if (!templates.sms) throw new Error('No Notify text message template')
        await client.sendSms(templates.sms, message.recipient, {
          personalisation: { body: message.body },
          ...reference,
        })
        return
      }
      if (!templates.email) throw new Error('No Notify email template')
      await client.sendEmail(templates.email, message.recipient, {
        personalisation: { subject: message.subject, body: message.body },
        ...reference,
      })
    },
  }
}

/** Sends each message by the transport for its channel. */
export function transportByChannel(
  transports: Record<OutboxMessage['channel'], MessageTransport>,
): MessageTransport {
  return {
    name: `email: ${transports.email.name}, sms: ${transports.sms.name}`,
    send: (message) => transports[message.channel].send(message),
  }
}
