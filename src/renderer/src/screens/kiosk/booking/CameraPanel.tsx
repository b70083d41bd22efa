import { useRef } from 'react';
import { translate, type Language } from '../../../../../shared/i18n';
import { useCameraQr, type CameraState } from './useCameraQr';

const CAPTION = { starting: 'kiosk.booking.cameraStarting', on: 'kiosk.booking.cameraOn', unavailable: 'kiosk.booking.cameraOff' } as const satisfies Record<CameraState, string>;

/** What the camera sees, as in a mirror, with a square to hold the code in; or why it cannot be used. */
export function CameraPanel({ lang, onCode }: { lang: Language; onCode: (text: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const state = useCameraQr(video, onCode);
  return (
    <div className="checkin-camera" data-testid="camera" data-state={state}>
      {/* Without a camera only the notice stays, and the keys get the room. */}
      <div className="camera-view" hidden={state === 'unavailable'}>
        <video ref={video} className="camera-video" muted playsInline aria-hidden="true" hidden={state !== 'on'} />
        {state === 'starting' && <span className="spinner spinner--large" aria-hidden="true" />}
        {state === 'on' && (
          <svg className="camera-aim" viewBox="0 0 100 100" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round">
            <path d="M15 35V15h20M65 15h20v20M85 65v20H65M35 85H15V65" />
          </svg>
        )}
      </div>
      <p className="camera-caption" role="status">
        {state === 'unavailable' && <CameraOffPictogram />}
        {translate(lang, CAPTION[state])}
      </p>
      {state !== 'unavailable' && <p className="camera-scanner">{translate(lang, 'kiosk.booking.scannerToo')}</p>}
    </div>
  );
}

function CameraOffPictogram() {
  return (
    <svg className="camera-off" viewBox="0 0 96 96" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round">
      <path d="M14 30h16l6-9h24l6 9h16v44H14z" />
      <circle cx="48" cy="51" r="13" />
      <path d="M10 86L86 10" />
    </svg>
  );
}
