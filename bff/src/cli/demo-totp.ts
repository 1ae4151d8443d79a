// Prints the current authenticator-app code of a demo staff account, so that a demo can sign in
// without setting up an app: `npm run demo:totp -- manager@central-shires.invalid`
import * as OTPAuth from 'otpauth'
import { demoEmail, demoStaff, demoTotpSecret } from '@asp/db'

const email = process.argv[2] ?? demoEmail('manager')
const secret = demoTotpSecret(email)
const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromUTF8(secret), digits: 6, period: 30 })
const remaining = 30 - (Math.floor(Date.now() / 1000) % 30)
console.log(`${totp.generate()}  (${email}; valid for ${remaining} more seconds)`)
if (!process.argv[2]) {
  console.log(`Other demo staff: ${demoStaff.map((s) => demoEmail(s.key)).join(', ')}`)
}
