import type { authMethods } from '../../../shared/api/methods/auth';
import type { Pairing } from '../../auth/pairing';
import type { StaffAuth } from '../../auth/staffAuth';
import type { HandlersFor } from '../handlerTypes';

export function authHandlers(auth: StaffAuth, pairing: Pairing): HandlersFor<typeof authMethods> {
  return {
    'auth.status': (_i, c) => auth.status(c),
    'auth.setup': (i, c) => auth.setup(i, c),
    'auth.printSetupCode': (_i, c) => auth.printSetupCode(c),
    'auth.signIn': (i, c) => auth.signIn(i, c),
    'auth.signOut': (_i, c) => auth.signOut(c),
    'staff.list': (_input, caller) => auth.listStaff(caller),
    'staff.create': (i, c) => auth.createStaff(i, c),
    'staff.setPin': (i, c) => auth.setPin(i, c),
    'staff.disable': (i, c) => auth.disableStaff(i, c),
    'devices.pairRequest': (i, c) => pairing.request(i, c),
    'devices.pairStatus': (i) => pairing.status(i),
    'devices.approve': (i, c) => pairing.approve(i, c),
    'devices.list': () => pairing.list(),
    'devices.revoke': (i, c) => pairing.revoke(i, c),
    'devices.setZone': (i, c) => pairing.setZone(i, c),
    'devices.zone': (_i, c) => pairing.zoneOf(c),
  };
}
