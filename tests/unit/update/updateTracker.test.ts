import { describe, expect, it } from 'vitest';
import { RecentErrors } from '../../../src/main/shell/processFaults';
import { rolloutBucket } from '../../../src/main/update/updatePolicy';
import { updateFeedUrl, UpdateTracker } from '../../../src/main/update/updateTracker';
import { updateStatusView } from '../../../src/shared/api/methods/shell';

const rules = { idleMinutes: 30, marginMinutes: 60 };

describe('UpdateTracker', () => {
  it('follows a check, a download and a waiting install, in the API shape', () => {
    const t = new UpdateTracker(() => 'replica-a', { currentVersion: '1.0.0', feedUrl: 'http://city/updates/', rules });
    expect(t.current.state).toBe('idle');
    t.apply({ type: 'checking', at: 5, feedUrl: 'http://city/updates/' });
    expect(t.current).toMatchObject({ state: 'checking', lastCheckAt: 5, feedUrl: 'http://city/updates/' });
    t.apply({ type: 'available', version: '1.1.0', rolloutPercent: null });
    t.apply({ type: 'progress', percent: 41.6 });
    expect(t.current).toMatchObject({ state: 'downloading', availableVersion: '1.1.0', downloadPercent: 42, inRollout: true });
    t.apply({ type: 'downloaded', version: '1.1.0' });
    t.apply({ type: 'decided', decision: { install: false, reason: 'office_hours' } });
    // a later hourly check does not hide the waiting install
    t.apply({ type: 'checking', at: 9, feedUrl: 'http://city/updates/' });
    t.apply({ type: 'not_available' });
    expect(t.current).toMatchObject({ state: 'downloaded', waitingFor: 'office_hours', downloadPercent: 100 });
    t.apply({ type: 'installing' });
    expect(t.current).toMatchObject({ state: 'installing', waitingFor: null });
    expect(updateStatusView.safeParse(t.current).success).toBe(true);
  });

  it('says when an update is held back by the staged rollout', () => {
    const percent = rolloutBucket('replica-a'); // just outside
    const t = new UpdateTracker(() => 'replica-a', { currentVersion: '1.0.0', feedUrl: null, rules });
    t.apply({ type: 'rollout_checked', version: '2.0.0', rolloutPercent: percent });
    t.apply({ type: 'not_available' });
    expect(t.current).toMatchObject({ state: 'idle', availableVersion: '2.0.0', inRollout: false, rolloutPercent: percent, waitingFor: 'not_in_rollout' });
  });

  it('keeps the error message, and starts disabled when told why', () => {
    const t = new UpdateTracker(() => 'r', { currentVersion: '1.0.0', feedUrl: null, rules, disabled: { why: 'development_build', reason: 'not packaged' } });
    expect(t.current).toMatchObject({ state: 'disabled', disabledWhy: 'development_build', disabledDetail: null, disabledReason: 'not packaged' });
    t.apply({ type: 'error', message: 'net::ERR_CONNECTION_REFUSED' });
    expect(t.current).toMatchObject({ state: 'error', lastError: 'net::ERR_CONNECTION_REFUSED' });
  });

  it('turns off when the packaged kiosk finds it cannot update itself, saying why', () => {
    const t = new UpdateTracker(() => 'r', { currentVersion: '1.0.0', feedUrl: null, rules });
    t.apply({ type: 'disabled', why: 'no_release_key', reason: 'No release key is pinned' });
    expect(t.current).toMatchObject({ state: 'disabled', disabledWhy: 'no_release_key', disabledReason: 'No release key is pinned' });
    expect(updateStatusView.safeParse(t.current).success).toBe(true);
  });

  it("carries the main process's unexpected errors alongside, in the API shape", () => {
    const recent = new RecentErrors();
    const t = new UpdateTracker(() => 'replica-a', { currentVersion: '1.0.0', feedUrl: null, rules, unexpectedErrors: () => recent.list() });
    expect(t.current.unexpectedErrors).toEqual([]);
    recent.record('unhandledRejection', new Error('ERR_CONNECTION_REFUSED'), 1234);
    expect(t.current.unexpectedErrors).toEqual([{ at: 1234, source: 'unhandledRejection', message: 'ERR_CONNECTION_REFUSED', count: 1 }]);
    expect(updateStatusView.safeParse(t.current).success).toBe(true);
  });
});

describe('updateFeedUrl', () => {
  it('uses LOKET_UPDATE_URL, else /updates/ on the enrolled city server, else none', () => {
    expect(updateFeedUrl({ LOKET_UPDATE_URL: 'https://x/feed' }, 'http://city:5180')).toBe('https://x/feed/');
    expect(updateFeedUrl({}, 'http://city:5180/')).toBe('http://city:5180/updates/');
    expect(updateFeedUrl({}, null)).toBeNull();
  });
});
