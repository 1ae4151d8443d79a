// What the rest of the app may use of signing in: the session, and the guard every signed-in page sits behind.
export { sessionQueries, useKnownSession, useSignedInSession } from './api/get-session.ts'
export { useSignOutOtherDevices } from './api/sign-out-other-devices.ts'
export {
  RequireSession,
  requireSession,
  type SessionRequirement,
} from './routes/require-session.tsx'
// The routes of signing in and out, setting up the second factor, and the account's own pages.
export { authPublicRoutes, authRoutes, authSetUpRoutes } from './routes/auth-routes.tsx'
