import { createTokenSession } from '../../../lib/tokenSession';

/** The customer's bearer token in the client area, kept apart from an admin token in the same tab. */
export const clientSession = createTokenSession('conexa.client.accessToken');
