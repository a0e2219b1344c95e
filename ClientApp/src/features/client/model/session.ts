import { createTokenSession } from '../../../lib/tokenSession';

/** The customer's bearer token in the client area, kept apart from an admin token in the same tab and shared only with client-area tabs. */
export const clientSession = createTokenSession('conexa.client.accessToken');
