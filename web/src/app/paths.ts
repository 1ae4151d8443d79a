/**
 * Every path of the SPA, in one table used by the router and by links, so that a renamed page
 * cannot leave a link behind. Patterns with `:params` are filled in with `pathTo`.
 */
export const paths = {
  start: '/',
  signIn: '/sign-in',
  accessibility: '/accessibility',
  privacy: '/privacy',
} as const

export type PathName = keyof typeof paths
export type PathPattern = (typeof paths)[PathName]

/** The names of the `:params` in a pattern: `'/a/:aId/b/:bId'` → `'aId' | 'bId'`. */
export type PathParamName<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamName<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

declare const builtPath: unique symbol
/** A path made by `pathTo`, with its params filled in. */
export type BuiltPath = string & { readonly [builtPath]: true }

/** A pattern that needs no params is a path as it stands. */
export type StaticPath = {
  [N in PathName]: PathParamName<(typeof paths)[N]> extends never ? (typeof paths)[N] : never
}[PathName]

/** What a `Link` accepts: a path of this app, never a string typed by hand. */
export type AppHref = StaticPath | BuiltPath

type PathToArgs<P extends string> =
  PathParamName<P> extends never ? [] : [params: Record<PathParamName<P>, string | number>]

/**
 * Fills in a pattern's params, encoded: `pathTo('/support-requests/:supportRequestId', {
 * supportRequestId: 'SR-1' })`. A missing param is a type error.
 */
export function pathTo<P extends string>(pattern: P, ...[params]: PathToArgs<P>): BuiltPath {
  const values: Partial<Record<string, string | number>> = params ?? {}
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = values[name]
    if (value === undefined) {
      throw new TypeError(`Missing path parameter "${name}" for ${pattern}`)
    }
    return encodeURIComponent(String(value))
  }) as BuiltPath
}
