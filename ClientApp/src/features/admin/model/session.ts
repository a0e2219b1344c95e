import { createTokenSession } from '../../../lib/tokenSession';

/** The admin's bearer token; the sessionStorage key differs from the client area's, so both can be open in one tab. */
const adminSession = createTokenSession('conexa.admin.accessToken');

export const getAccessToken = adminSession.getToken;
export const signIn = adminSession.signIn;
export const signOut = adminSession.signOut;
export const useAccessToken = adminSession.useToken;
