import { formatPhoneCode, PHONE_CODE_ALPHABET, PHONE_CODE_LENGTH } from '../../../../shared/domain/phoneCode';
import type { Language } from '../../../../shared/i18n';
import { CodePad } from '../../components/keypad/CodePad';

const LABELS = { ok: 'rate.keypad.ok', busy: 'rate.checking', backspace: 'rate.keypad.backspaceCode' } as const;

/** The phone code printed under a ticket's QR code ("7K3M-Q9XA-2BWRT"), typed on large keys. */
export function PhoneCodePad({ lang, busy, onSubmit }: { lang: Language; busy: boolean; onSubmit: (code: string) => void }) {
  return (
    <CodePad
      alphabet={PHONE_CODE_ALPHABET}
      length={PHONE_CODE_LENGTH}
      format={formatPhoneCode}
      lang={lang}
      labels={LABELS}
      busy={busy}
      testIdPrefix="keypad-code"
      onSubmit={onSubmit}
    />
  );
}
