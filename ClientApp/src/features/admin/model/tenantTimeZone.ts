import { createContext, useContext } from 'react';
import { defaultTimeZone } from '../../../lib/format';

/**
 * The tenant's IANA time zone (timeZoneId of GET /api/tenant), in which the admin screens show instants.
 * SignedInAdmin provides it. Until the tenant loads, and outside the admin pages, it is America/Sao_Paulo.
 */
export const TenantTimeZoneContext = createContext(defaultTimeZone);

/** Returns the tenant's time zone for formatDateTime. */
export function useTenantTimeZone(): string {
  return useContext(TenantTimeZoneContext);
}
