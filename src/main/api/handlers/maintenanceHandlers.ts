import type { maintenanceMethods } from '../../../shared/api/methods/maintenance';
import { LoketError } from '../../../shared/api/errors';
import type { SecurityLog } from '../../auth/securityLog';
import type { Backups } from '../../durability/backups';
import type { HandlersFor } from '../handlerTypes';

export function maintenanceHandlers(backups: Backups, security: SecurityLog): HandlersFor<typeof maintenanceMethods> {
  return {
    'backup.list': () => ({ folder: backups.folder, backups: backups.list() }),
    'backup.now': async () => {
      try {
        return await backups.takeNow();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        throw new LoketError('storage_failed', `The backup could not be written to ${backups.folder} (${code || (err as Error).message}); the database itself is unchanged.`);
      }
    },
    'security.recent': () => security.recent(),
  };
}
