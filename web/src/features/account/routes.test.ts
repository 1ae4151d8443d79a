import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { accountPublicRoutes, accountRoutes, accountSetUpPages } from './index.ts'
import {
  allAccountPublicRoutes,
  allAccountRoutes,
  allAccountSetUpRoutes,
} from './routes/account-routes.tsx'

describeLazyFeature('account (public)', accountPublicRoutes, allAccountPublicRoutes)
describeLazyFeature('account (setting up security)', accountSetUpPages, allAccountSetUpRoutes)
describeLazyFeature('account', accountRoutes, allAccountRoutes)
