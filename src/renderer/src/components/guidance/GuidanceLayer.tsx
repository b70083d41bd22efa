import { useEffect, useRef, type ReactNode } from 'react';
import { translate, type Language } from '../../../../shared/i18n';
import { accessibleDescription, accessibleName } from './accessibleName';
import { sayNow, type Guidance } from './useGuidance';
import './guidance.css';

/** A second touch on the same control within this activates it; later, it is spoken again. */
export const SECOND_TOUCH_MS = 5_000;

/** What the layer treats as one control. */
const CONTROLS = 'button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="tab"], [role="option"]';
const ARMED = 'data-guidance-armed';

/** F1 on a keyboard, * on a numeric keypad: turns guidance on or off (README, "Voice guidance"). */
export function isGuidanceKey(event: KeyboardEvent): boolean {
  return event.key === 'F1' || event.code === 'NumpadMultiply';
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'button'));
}

/**
 * What the screen is about now: an open dialog first (its name and what it says: "Masih di sini?" with
 * the seconds left, when it opens), else the main heading.
 */
function screenTopic(root: HTMLElement): { key: Element | string; text: string } | null {
  const dialog = root.querySelector('[role="dialog"], [role="alertdialog"]');
  if (dialog) return { key: dialog, text: [accessibleName(dialog), accessibleDescription(dialog)].filter((t) => t !== '').join(' ') };
  const heading = root.querySelector('h1');
  if (!heading) return null;
  const text = accessibleName(heading);
  return { key: text, text };
}

/**
 * Voice guidance over a whole screen (kiosk, /rate): wrap the screen's root in it. While guidance is on,
 * the first touch on any control speaks its name instead of activating it; a second touch on the same
 * control within SECOND_TOUCH_MS activates it. Keyboard use passes straight through (a focused control
 * is spoken as focus reaches it). Each new heading or dialog is read out. The guidance switch itself
 * (data-guidance-toggle) always acts at once.
 */
export function GuidanceLayer({ guidance, lang, children }: { guidance: Guidance; lang: Language; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const { on, toggle } = guidance;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!isGuidanceKey(event) || isTextEntry(event.target)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle]);

  useEffect(() => {
    const element = root.current;
    if (!on || !element) return;
    let armed: Element | null = null;
    let disarmTimer: ReturnType<typeof setTimeout> | undefined;

    const disarm = (): void => {
      clearTimeout(disarmTimer);
      armed?.removeAttribute(ARMED);
      armed = null;
    };

    const onClick = (event: MouseEvent): void => {
      const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      // Keyboard activation (detail 0) and the switch itself act at once.
      if (!control || !element.contains(control) || control.closest('[data-guidance-toggle]') || event.detail === 0) return;
      if (control === armed) {
        disarm();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      disarm();
      armed = control;
      control.setAttribute(ARMED, '');
      disarmTimer = setTimeout(disarm, SECOND_TOUCH_MS);
      sayNow(accessibleName(control), lang);
    };

    const onFocus = (event: FocusEvent): void => {
      const control = event.target instanceof Element ? event.target : null;
      if (control?.matches(':focus-visible') && control.matches(CONTROLS)) sayNow(accessibleName(control), lang);
    };

    let topic = screenTopic(element);
    sayNow([translate(lang, 'guidance.started'), topic?.text ?? ''].join(' '), lang);
    const observer = new MutationObserver(() => {
      const next = screenTopic(element);
      if (next === null || next.key === topic?.key) return;
      topic = next;
      sayNow(next.text, lang);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });

    document.addEventListener('click', onClick, true);
    element.addEventListener('focusin', onFocus);
    return () => {
      observer.disconnect();
      document.removeEventListener('click', onClick, true);
      element.removeEventListener('focusin', onFocus);
      disarm();
    };
  }, [on, lang]);

  return (
    <div ref={root} className="guidance-layer" data-guidance={on ? 'on' : 'off'}>
      {children}
    </div>
  );
}
