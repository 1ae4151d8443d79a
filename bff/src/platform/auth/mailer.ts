import type { Db } from '@asp/db'
import { enqueueEmail, enqueueTextMessage } from '../outbox/outbox.ts'
import { emailCodeMinutes, type AuthMailer } from './auth.ts'

/** The emails and texts sign-in sends, through the outbox. None carries case details. */
export function outboxMailer(db: Db, publicUrl: string): AuthMailer {
  return {
    sendSecurityCode: (user, code) =>
      enqueueEmail(db, {
        recipient: user.email,
        template: 'security-code',
        subject: 'Your Adoption support security code',
        body: [
          `Your security code is ${code}`,
          '',
          `It expires in ${emailCodeMinutes} minutes. If you did not try to sign in, change your password.`,
        ].join('\n'),
      }),
    textSecurityCode: (mobileNumber, code) =>
      enqueueTextMessage(db, {
        recipient: mobileNumber,
        template: 'security-code',
        body: `Your Adoption support security code is ${code}. It expires in ${emailCodeMinutes} minutes. Do not share it with anyone.`,
      }),
    sendPasswordReset: (user, token) =>
      enqueueEmail(db, {
        recipient: user.email,
        template: 'password-reset',
        subject: 'Reset your Adoption support password',
        body: [
          'Someone asked to reset the password for your Adoption support account.',
          '',
          `Reset your password: ${publicUrl}/reset-password?token=${token}`,
          '',
          'The link expires in 1 hour. If it was not you, you can ignore this email.',
        ].join('\n'),
      }),
  }
}
