import type { settingsMethods } from '../../../shared/api/methods/settings';
import type { SettingsService } from '../../settings/settingsService';
import { settingsFor } from '../agencyViews';
import type { HandlersFor } from '../handlerTypes';

export function settingsHandlers(settings: SettingsService): HandlersFor<typeof settingsMethods> {
  return {
    'settings.get': (_input, caller) => settingsFor(caller, settings.get()),
    'settings.update': (i, c) => settings.update(i, c),
    // Answered as settings.get answers the caller: an agency's supervisor sees its own part only.
    'settings.updateAgency': async (i, c) => settingsFor(c, await settings.updateAgency(i, c)),
  };
}
