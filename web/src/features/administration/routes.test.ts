import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { administrationRoutes } from './index.ts'
import { allAdministrationRoutes } from './routes/administration-routes.tsx'

describeLazyFeature('administration', administrationRoutes, allAdministrationRoutes)
