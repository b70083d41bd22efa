import type { bookingListMethods } from '../../../shared/api/methods/bookingList';
import type { BookingListImport } from '../../sync/bookingListImport';
import type { HandlersFor } from '../handlerTypes';

export function bookingListHandlers(lists: BookingListImport): HandlersFor<typeof bookingListMethods> {
  return {
    'bookings.usbFiles': () => lists.files(),
    'bookings.importUsbFile': (i) => lists.importFile(i.path),
  };
}
