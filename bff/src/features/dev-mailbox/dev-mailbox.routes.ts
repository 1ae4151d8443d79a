import type { Db } from '@asp/db'
import { endpoints } from '../../contract/index.ts'
import { access } from '../../platform/access.ts'
import { handle } from '../../platform/endpoint-router.ts'
import { devMailboxService } from './dev-mailbox.service.ts'

export function devMailboxRoutes(db: Db, enabled: boolean) {
  const mailbox = devMailboxService(db, enabled)
  return [handle(endpoints.getDevMailbox, access.anyone, () => mailbox.getMailbox())]
}
