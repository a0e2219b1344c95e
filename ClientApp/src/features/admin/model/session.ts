import { createTokenSession } from '../../../lib/tokenSession';
import { resetChangesForbidden } from './permissions';

/**
 * The admin's bearer token. The sessionStorage key, which also names the channel to the other tabs, differs
 * from the client area's, so both can be open in one tab and each shares only its own token.
 */
const adminSession = createTokenSession('conexa.admin.accessToken');

export const getAccessToken = adminSession.getToken;
export const useAccessToken = adminSession.useToken;
export const useWaitingForOtherTab = adminSession.useWaitingForOtherTab;

/** Stores the token of a new sign-in, which may belong to a user with another role. */
export function signIn(accessToken: string) {
  resetChangesForbidden();
  adminSession.signIn(accessToken);
}

export function signOut() {
  resetChangesForbidden();
  adminSession.signOut();
}
