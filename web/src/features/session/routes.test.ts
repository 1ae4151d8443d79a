import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { allSessionLaterRoutes } from './routes/session-later-routes.tsx'
import { sessionLaterRoutes } from './routes/session-routes.tsx'

describeLazyFeature('session (after the sign-in page)', sessionLaterRoutes, allSessionLaterRoutes)
