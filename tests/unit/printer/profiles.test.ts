import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../../tools/escpos-decoder/decode-escpos';
import { PRINTER_PROFILE_IDS, printerProfile } from '../../../src/main/printer/profiles';
import { encodeTicket } from '../../../src/main/printer/ticket-layout';
import { sampleTicket } from './fixtures';

describe('printer profiles', () => {
  it.each([
    ['epson-tm-t20', 'epson-tm-t20iii', 80, 48],
    ['epson-tm-t82', 'epson-tm-t20iii', 80, 48],
    ['pos-80', 'pos-8360', 80, 48],
    ['pos-58', 'pos-5890', 58, 32],
    ['xprinter-80', 'xprinter-xp-n160ii', 80, 48],
    ['xprinter-58', 'pos-5890', 58, 32],
  ] as const)('%s → encoder model %s on %i mm (%i columns)', (id, model, paper, columns) => {
    const profile = printerProfile(id);
    expect(profile).toMatchObject({ encoderModel: model, paperWidthMm: paper, columns });
    expect(ReceiptPrinterEncoder.printerModels.map((m) => m.id)).toContain(model);
  });

  it('follows a paper width override', () => {
    expect(printerProfile('epson-tm-t20', 58)).toMatchObject({ columns: 32, dotsPerLine: 384 });
    expect(printerProfile('pos-58', 80)).toMatchObject({ columns: 48, dotsPerLine: 576 });
  });

  it.each(PRINTER_PROFILE_IDS.flatMap((id) => [[id, 58], [id, 80]] as const))(
    '%s on %i mm prints a centred number and a QR code',
    (id, paper) => {
      const profile = printerProfile(id, paper);
      const doc = decodeEscPos(encodeTicket(sampleTicket(), profile), { columns: profile.columns });
      const number = doc.blocks.find((b) => b.kind === 'text' && b.content === 'A-017');
      expect(number).toMatchObject({ placement: 'center', width: 6, overflow: false });
      expect(doc.blocks.some((b) => b.kind === 'qr')).toBe(true);
      expect(doc.blocks.some((b) => b.kind === 'cut')).toBe(true);
    },
  );
});
