import type { speechMethods } from '../../../shared/api/methods/speech';
import type { SpeechService } from '../../speech/speechService';
import type { HandlersFor } from '../handlerTypes';

export function speechHandlers(speech: SpeechService): HandlersFor<typeof speechMethods> {
  return {
    'speech.audio': (i, caller) => speech.audio(i, caller.source ?? caller.via),
  };
}
