// What only a signed-in reader's pages carry: the navigation of their role's places (with every
// role's links) and the timeout warning. It loads apart from the start and sign-in pages, with the
// session check of the first signed-in page (`loadSignedInChrome`), so it is there when that page
// first draws (issue 21, ADR 0019).
export { TimeoutWarning } from '../../features/session/index.ts'
export { SignedInNavigation } from './signed-in-navigation.tsx'
