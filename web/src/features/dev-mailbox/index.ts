// What the app uses of the development mailbox: its page, outside the session guard.
export { devMailboxRoutes } from './routes/dev-mailbox-routes.tsx'
