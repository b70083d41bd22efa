import type { LoggedAnnouncement } from './useAnnouncer';

/**
 * Hidden: what was planned to be spoken, for end-to-end tests that cannot listen: the clips by call, and
 * apart the sentences of the office voice (the agency of a call is said only there).
 */
export function AnnouncementLog({ log }: { log: readonly LoggedAnnouncement[] }) {
  return (
    <div
      hidden
      data-testid="announcement-log"
      data-announcements={JSON.stringify(log.map(({ callId, clips }) => ({ callId, clips })))}
      data-texts={JSON.stringify(log.map((said) => said.text))}
    />
  );
}
