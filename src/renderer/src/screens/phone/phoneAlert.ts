/**
 * Sound and vibration for the call. Browsers allow both only after a tap on the page, so the visitor
 * turns them on once (the page asks when it opens); the tap also plays a short tone, so they hear it works.
 */
export interface CallAlert {
  readonly supported: boolean;
  enable(): void;
  ring(): void;
}

type AudioContextCtor = new () => AudioContext;

export function callAlert(win: Window): CallAlert {
  const Ctor = (win as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor }).AudioContext ||
    (win as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext;
  let context: AudioContext | null = null;

  const tone = (at: number, hz: number, seconds: number): void => {
    if (!context) return;
    const osc = context.createOscillator();
    const gain = context.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.6, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    osc.connect(gain);
    gain.connect(context.destination);
    osc.start(at);
    osc.stop(at + seconds + 0.05);
  };

  const vibrate = (pattern: number[]): void => {
    if (typeof win.navigator.vibrate === 'function') win.navigator.vibrate(pattern);
  };

  return {
    supported: Boolean(Ctor) || typeof win.navigator.vibrate === 'function',
    enable() {
      if (Ctor && !context) context = new Ctor();
      if (context && context.state === 'suspended') void context.resume();
      if (context) tone(context.currentTime + 0.01, 880, 0.15);
      vibrate([100]);
    },
    ring() {
      if (context) {
        const start = context.currentTime + 0.01;
        for (let i = 0; i < 3; i++) {
          tone(start + i * 0.9, 988, 0.3);
          tone(start + i * 0.9 + 0.35, 784, 0.4);
        }
      }
      vibrate([500, 200, 500, 200, 500]);
    },
  };
}
