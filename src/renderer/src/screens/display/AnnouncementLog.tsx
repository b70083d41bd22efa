import type { LoggedAnnouncement } from './useAnnouncer';

/** Hidden: what was planned to be spoken, for end-to-end tests that cannot listen. */
export function AnnouncementLog({ log }: { log: readonly LoggedAnnouncement[] }) {
  return <div hidden data-testid="announcement-log" data-announcements={JSON.stringify(log)} />;
}
