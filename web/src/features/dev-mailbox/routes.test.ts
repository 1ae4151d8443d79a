import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { devMailboxRoutes } from './index.ts'
import { allDevMailboxRoutes } from './routes/dev-mailbox-routes.tsx'

describeLazyFeature('development mailbox', devMailboxRoutes, allDevMailboxRoutes)
