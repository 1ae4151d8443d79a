// What the rest of the app may use of invitations: its routes.
export { invitationRoutes } from './invitations.routes.ts'
