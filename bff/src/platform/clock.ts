/**
 * The time, as the server reads it. Every route, service and job takes a `Clock` rather than
 * calling `new Date()`, so that tests can set the time (timers, working days, duty hours).
 */
export type Clock = () => Date

/** The real time. Only `createApp` and the server's jobs reach for it; everything else is given one. */
export const systemClock: Clock = () => new Date()
