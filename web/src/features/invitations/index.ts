// What the app uses of invitations: its routes, inviting a person and creating an account from an invitation.
export { invitationPublicRoutes, invitationRoutes } from './routes/invitation-routes.tsx'
