import { useSyncExternalStore } from 'react';

// The SPA learns that the user is staff from GET /api/tenant (canChangeSettings), read when the panel opens,
// and also from any 403 of an admin-only change, should the role change during the session.
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
