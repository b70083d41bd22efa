import { DEFAULT_LANGUAGE, translate } from '../../../../shared/i18n';
import { ConnectionNotice } from '../../components/ConnectionNotice';
import { useOfficeOverview } from '../../hooks/useOfficeOverview';
import { AnnouncementLog } from './AnnouncementLog';
import { counterPlace, counterPlaceText } from './counterPlace';
import { DisplayHeader } from './DisplayHeader';
import { agencyShortName, servicesOfZone } from './displayZone';
import { LatestCall } from './LatestCall';
import { RecentCallList } from './RecentCallList';
import { RunningText } from './RunningText';
import { SoundOverlay } from './SoundOverlay';
import { useAnnouncer } from './useAnnouncer';
import { useCallBoard } from './useCallBoard';
import { useDisplayZone } from './useDisplayZone';
import { useVoice } from './useVoice';
import { WaitingList } from './WaitingList';

/** `/display?sound=off`: a TV that shows calls without speaking them. */
function soundEnabled(): boolean {
  return new URLSearchParams(window.location.search).get('sound') !== 'off';
}

/** Used until the office configuration has loaded. */
const DEFAULT_RECENT_CALLS = 6;

/**
 * The board: office and clock, the latest call, recent calls, people waiting and the running text. A TV
 * assigned to a zone of a Mal Pelayanan Publik names it in the header and shows that zone's agencies only:
 * the office sends it only their calls, and it lists only their services as waiting.
 */
export function DisplayView({ onUnauthorized }: { onUnauthorized: () => void }) {
  const { overview, clockOffsetMs } = useOfficeOverview();
  const lang = overview?.language ?? DEFAULT_LANGUAGE;
  const zoneKnown = useDisplayZone();
  const zone = zoneKnown ?? null;
  const { player, sound } = useVoice(lang, soundEnabled());
  const agencyOf = (serviceCode: string): string | undefined => agencyShortName(overview, serviceCode);
  const announcer = useAnnouncer(player, lang, agencyOf);
  const recentCount = overview?.display.recentCalls ?? DEFAULT_RECENT_CALLS;
  const calls = useCallBoard({ limit: recentCount + 1, announcer, onUnauthorized });
  const [latest, ...earlier] = calls;
  const runningText = (zone?.runningText ?? overview?.display.runningText)?.[lang] ?? null;

  return (
    <div className="display" data-testid="display-board" data-sound={sound}>
      <DisplayHeader
        officeName={overview?.office.name ?? ''}
        zoneName={zone?.name[lang] ?? null}
        timeZone={overview?.office.timeZone ?? null}
        clockOffsetMs={clockOffsetMs}
        lang={lang}
      />
      {sound === 'blocked' && <SoundOverlay lang={lang} />}
      <main className="display-main">
        <LatestCall call={latest ?? null} agency={latest ? agencyOf(latest.ticket.serviceCode) : undefined} lang={lang} />
        <RecentCallList calls={earlier} rows={recentCount} lang={lang} />
        {/* Not before the zone is known: a zone TV must not flash the whole building's services. */}
        {overview && zoneKnown !== undefined && <WaitingList services={servicesOfZone(overview.services, zone)} lang={lang} />}
      </main>
      {runningText && <RunningText text={runningText} />}
      <ConnectionNotice lang={lang} />
      <AnnouncementLog log={announcer.log} />
      <p className="visually-hidden" aria-live="assertive">
        {latest ? translate(lang, 'display.callCaption', {
              ticket: latest.ticket.label,
              counter: [counterPlaceText(counterPlace(lang, latest.counterNumber, latest.counterName)), agencyOf(latest.ticket.serviceCode)]
                .filter(Boolean)
                .join(' · '),
            }) : ''}
      </p>
    </div>
  );
}
