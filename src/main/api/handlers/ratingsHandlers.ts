import type { ratingsMethods } from '../../../shared/api/methods/ratings';
import type { RatingSource, RatingsService } from '../../core/ratings/ratingsService';
import type { Caller } from '../../auth/caller';
import type { HandlersFor } from '../handlerTypes';

/** The device an answer came from, for the burst and answer-rate rules: its credential (and the counter it is tied to), or the kiosk window itself. */
function sourceOf(caller: Caller): RatingSource {
  return {
    label: caller.deviceLabel ?? (caller.session ? `staff:${caller.session.staffId}` : `${caller.via}:${caller.role ?? 'none'}`),
    counter: caller.counter ?? null,
  };
}

export function ratingsHandlers(ratings: RatingsService): HandlersFor<typeof ratingsMethods> {
  return {
    'ratings.lookup': (i) => ratings.lookup(i),
    'ratings.quick': (i, c) => ratings.quick(i, sourceOf(c)),
    'ratings.survey': (i, c) => ratings.survey(i, sourceOf(c)),
    'ratings.report': (i, c) => ratings.report(i, c.agency),
    'ratings.published': () => ratings.published(),
    'ratings.exclusions': (i) => ratings.exclusions(i),
  };
}
