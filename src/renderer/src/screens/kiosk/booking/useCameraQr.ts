import { useEffect, useRef, useState, type RefObject } from 'react';
import { decodeQr, prepareQrDecoder } from './qrDecoder';

export type CameraState = 'starting' | 'on' | 'unavailable';

/** Frames are read at most this wide: a booking QR held up to the camera is large, and smaller frames decode faster. */
const FRAME_WIDTH = 960;
/** Time between two reads: a few a second find a code as soon as it is held still, and leave the kiosk PC idle. */
const READ_EVERY_MS = 150;

/**
 * The kiosk's camera shown in `video`, each frame read for a QR code (decodeQr) until one is found and
 * handed to onCode, once. The camera is released when the component using it goes. 'unavailable' when
 * there is no camera, it was refused, or it stopped: the scanner and the typed code still work.
 */
export function useCameraQr(video: RefObject<HTMLVideoElement | null>, onCode: (text: string) => void): CameraState {
  const [state, setState] = useState<CameraState>('starting');
  const latest = useRef(onCode);
  useEffect(() => {
    latest.current = onCode;
  });

  useEffect(() => {
    let done = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const release = (): void => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const unavailable = (err: unknown): void => {
      if (done) return;
      done = true;
      release();
      console.warn('[kiosk] the camera cannot read booking codes:', err);
      setState('unavailable');
    };

    const read = async (): Promise<void> => {
      const element = video.current;
      if (done || !element || !context) return;
      if (element.videoWidth > 0) {
        const scale = Math.min(1, FRAME_WIDTH / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const text = await decodeQr(context.getImageData(0, 0, canvas.width, canvas.height));
        if (done) return;
        if (text !== null) {
          done = true;
          latest.current(text);
          return;
        }
      }
      timer = setTimeout(() => read().catch(unavailable), READ_EVERY_MS);
    };

    const start = async (): Promise<void> => {
      // Absent outside a secure context (a LAN browser over plain http): no camera there.
      if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera in this page (not a secure context)');
      const [media] = await Promise.all([
        navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false }),
        prepareQrDecoder(),
      ]);
      stream = media;
      const element = video.current;
      // Left (or failed) while the camera was starting: it goes off again at once.
      if (done || !element) {
        release();
        return;
      }
      media.getVideoTracks()[0]?.addEventListener('ended', () => unavailable(new Error('the camera stopped')));
      element.srcObject = media;
      await element.play();
      if (done) return;
      setState('on');
      await read();
    };

    start().catch(unavailable);
    return () => {
      done = true;
      clearTimeout(timer);
      release();
    };
  }, [video]);

  return state;
}
