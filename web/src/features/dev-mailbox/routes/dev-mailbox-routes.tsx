import type { RouteObject } from 'react-router'
import { paths } from '../../../app/paths.ts'
import { page } from '../../../lib/route-page.tsx'
import { DevMailboxPage } from './dev-mailbox-page.tsx'

/** Demo only, open to anyone: the BFF answers 404 unless its mailbox is switched on. */
export function allDevMailboxRoutes(): RouteObject[] {
  return [page(paths.devMailbox, <DevMailboxPage />)]
}
