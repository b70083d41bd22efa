import type { settingsMethods } from '../../../shared/api/methods/settings';
import type { SettingsService } from '../../settings/settingsService';
import type { HandlersFor } from '../handlerTypes';

export function settingsHandlers(settings: SettingsService): HandlersFor<typeof settingsMethods> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (i, c) => settings.update(i, c),
  };
}
