// What the rest of the app may use of signing in: the session, and the guard every signed-in page sits behind.
export { sessionQueries, useKnownSession, useSignedInSession } from './api/get-session.ts'
export {
  RequireSession,
  requireSession,
  type SessionRequirement,
} from './routes/require-session.tsx'
