// What the rest of the app may use of the session: who is signed in, the guard every signed-in page
// sits behind, and the timeout warning over every page.
export { sessionQueries, useKnownSession, useSignedInSession } from './api/get-session.ts'
export { useSignOutOtherDevices } from './api/sign-out-other-devices.ts'
export { TimeoutWarning } from './components/timeout-warning.tsx'
export { useSessionTimeout } from './components/use-session-timeout.ts'
export {
  RequireSession,
  requireSession,
  type SessionRequirement,
} from './routes/require-session.tsx'
// The routes of signing in and out.
export { sessionPublicRoutes } from './routes/session-routes.tsx'
