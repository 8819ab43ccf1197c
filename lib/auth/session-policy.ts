// How long a session lives, and how often its "last seen" is written.

/** A session ends 12 hours after sign-in, whatever it does meanwhile: no path extends it. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** "Last seen" is a hint for the sessions list: written at most once a minute per session. */
export const LAST_SEEN_EVERY_S = 60;

/** Whether a session signed in at this moment (ms) is still within its 12 hours. */
export function withinMaxAge(signedInAt: number, now = Date.now()): boolean {
  return signedInAt <= now + 60_000 && now < signedInAt + SESSION_MAX_AGE_S * 1000;
}

/** Seconds left of a session signed in at this moment (ms): what its token's expiry is set to. */
export function secondsLeft(signedInAt: number, now = Date.now()): number {
  return Math.max(0, Math.floor((signedInAt + SESSION_MAX_AGE_S * 1000 - now) / 1000));
}
