import { useSyncExternalStore } from 'react';

// NOTE: the API does not expose the signed-in user's role (GET /api/tenant has none, and the bearer token
// is opaque), so the SPA learns that the user is staff only from the first 403 of an admin-only change.
// Until then a staff user sees the admin controls, and the server rejects them with a pt-BR message.
let changesForbidden = false;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getChangesForbidden = () => changesForbidden;

/** Records that the server rejected an admin-only change with 403, so the screens hide or disable the other ones. */
export function recordChangesForbidden() {
  changesForbidden = true;
  notify();
}

/** Forgets the recorded 403. The session calls this on every sign-in and sign-out. */
export function resetChangesForbidden() {
  changesForbidden = false;
  notify();
}

/** Returns whether an admin-only change was rejected with 403 in this session, and re-renders when that changes. */
export function useChangesForbidden(): boolean {
  return useSyncExternalStore(subscribe, getChangesForbidden, getChangesForbidden);
}
