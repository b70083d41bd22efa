import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Store } from '../store/store';
import type { AgencyDirectory } from './agencyScope';

/** Whose things are, from the office configuration (services, counters) and the store (tickets, staff). */
export function officeAgencyDirectory(store: Store, config: () => OfficeConfig): AgencyDirectory {
  const ofService = (code: string): string | undefined => config().services.find((s) => s.code === code)?.agency;
  return {
    ofService,
    ofCounter: (counter) => config().counters.find((c) => c.number === counter)?.agency,
    ofTicket: (ticketId) => {
      const ticket = store.tickets.get(ticketId);
      return ticket ? ofService(ticket.serviceCode) : undefined;
    },
    ofStaff: (staffId) => store.staff.get(staffId)?.agency,
  };
}
