import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallView } from '../../../../shared/api/schemas';
import type { Language } from '../../../../shared/i18n';
import { planAnnouncement, type Announcement } from '../../../../shared/voice/announcement';
import { createCallQueue, type CallQueue } from '../../../../shared/voice/callQueue';
import type { ClipPlayer } from './clipPlayer';
import { lastHeardAfterSync } from './heardCallId';
import { readLastHeard, writeLastHeard } from './lastHeard';

export interface LoggedAnnouncement {
  callId: number;
  clips: readonly string[];
  /** The sentence the office voice says (the e2e tests read it: the agency is said only there). */
  text: string;
}

/** The test log keeps the latest entries only, so a full day of calls does not bloat the page. */
const LOG_LIMIT = 200;

export interface Announcer {
  /** Speaks a pushed call unless its id was already heard. */
  announce(call: CallView): void;
  /** After a (re)connect: these calls are on screen and count as heard, without being spoken. */
  markHeard(recentCallIds: readonly number[]): void;
  /** Every announcement planned and queued so far, oldest first; a repeat folded into one carries the repeat's id. */
  log: readonly LoggedAnnouncement[];
}

/** The short name of the agency running a service, said after the counter; undefined in a one-agency office. */
export type AgencyOfService = (serviceCode: string) => string | undefined;

function plan(call: CallView, language: Language, agencyOf: AgencyOfService): Announcement | null {
  const agencyName = agencyOf(call.ticket.serviceCode);
  try {
    return planAnnouncement({
      ticketLabel: call.ticket.label,
      counterNumber: call.counterNumber,
      counterName: call.counterName,
      ...(agencyName !== undefined ? { agencyName } : {}),
      recall: call.recall,
      language,
    });
  } catch (err) {
    console.warn(`[display] cannot announce ${call.ticket.label} at counter ${call.counterNumber}:`, err);
    return null;
  }
}

export function useAnnouncer(player: ClipPlayer, language: Language, agencyOf: AgencyOfService): Announcer {
  const languageRef = useRef(language);
  const agencyRef = useRef(agencyOf);
  useEffect(() => {
    languageRef.current = language;
    agencyRef.current = agencyOf;
  });
  const newest = useRef(readLastHeard());
  const queueRef = useRef<CallQueue | null>(null);
  const [log, setLog] = useState<LoggedAnnouncement[]>([]);

  const queue = useCallback((): CallQueue => {
    queueRef.current ??= createCallQueue({
      play: player.play,
      lastHeardSeq: newest.current,
      onError: (err, call) => console.warn(`[display] announcement ${call.seq} failed:`, err),
      // The queued announcement now stands for the newer call too; the log names it so.
      onFolded: (seq) => setLog((current) => current.map((said, i) => (i === current.length - 1 ? { ...said, callId: seq } : said))),
    });
    return queueRef.current;
  }, [player]);

  const markHeard = useCallback(
    (recentCallIds: readonly number[]) => {
      const next = lastHeardAfterSync(newest.current, recentCallIds);
      // A replaced office database restarts its ids: a fresh queue forgets the old, higher ones.
      if (next < newest.current && !queueRef.current?.isBusy()) queueRef.current = null;
      newest.current = next;
      writeLastHeard(next);
      queue().enqueueNewerThan([], next);
    },
    [queue],
  );

  const announce = useCallback(
    (call: CallView) => {
      if (call.callId <= newest.current) return;
      newest.current = call.callId;
      // Stored when queued, not when played: a reload in the middle of a call must not say it again.
      writeLastHeard(call.callId);
      const announcement = plan(call, languageRef.current, agencyRef.current);
      if (announcement === null) return;
      if (!queue().enqueue({ seq: call.callId, announcement })) return;
      setLog((current) => [...current, { callId: call.callId, clips: announcement.clips, text: announcement.text }].slice(-LOG_LIMIT));
    },
    [queue],
  );

  return { announce, markHeard, log };
}
