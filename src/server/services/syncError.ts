import { SYNC_ERROR_STATUS, type OlderRow, type RefusedRow, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync/protocol';

/** A refusal of the sync API: stable code, English and Indonesian text, optional details. */
export class SyncError extends Error {
  override name = 'SyncError';

  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly pesan: string,
    readonly details: { problems?: string[]; rows?: OlderRow[]; refused?: RefusedRow[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }

  get status(): number {
    return SYNC_ERROR_STATUS[this.code];
  }

  toBody(): SyncErrorBody {
    return {
      ok: false,
      error: {
        code: this.code,
        message: this.message,
        pesan: this.pesan,
        ...(this.details.problems ? { problems: this.details.problems } : {}),
        ...(this.details.rows ? { rows: this.details.rows } : {}),
        ...(this.details.refused ? { refused: this.details.refused } : {}),
      },
    };
  }
}

export const reenrolRequired = (why: 'unknown' | 'revoked'): SyncError =>
  why === 'revoked'
    ? new SyncError(
        'reenrol_required',
        'This kiosk was revoked by the city administrator; enrol it again with a new code.',
        'Kios ini telah dicabut oleh admin kota; daftarkan ulang dengan kode pendaftaran baru.',
      )
    : new SyncError(
        'reenrol_required',
        'The city server does not know this kiosk token; enrol the kiosk again with a new code.',
        'Token kios ini tidak dikenal server kota; daftarkan ulang kios dengan kode pendaftaran baru.',
      );
