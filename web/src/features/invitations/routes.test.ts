import { describeLazyFeature } from '../../test/lazy-routes.ts'
import { invitationPublicRoutes, invitationRoutes } from './index.ts'
import { allInvitationPublicRoutes, allInvitationRoutes } from './routes/invitation-routes.tsx'

describeLazyFeature('invitations (public)', invitationPublicRoutes, allInvitationPublicRoutes)
describeLazyFeature('invitations', invitationRoutes, allInvitationRoutes)
