import { z } from 'zod';
import { SYNC_LIMITS } from './limits';
import { counterRow, replicaId } from './protocol';

/**
 * The USB file for a van without any network: the kiosk's pending rows, signed with the Ed25519 key
 * created at enrolment (the server holds the public key). The signature covers the exact payload
 * bytes, carried base64-encoded, so no JSON canonicalisation can make a valid file fail or a changed
 * one pass.
 */
export const USB_FILE_FORMAT = 'loket-counts';
export const USB_FILE_VERSION = 1;

export const usbFileEnvelope = z
  .object({
    format: z.literal(USB_FILE_FORMAT),
    version: z.literal(USB_FILE_VERSION),
    payload: z.base64(),
    signature: z.base64(),
  })
  .strict();
export type UsbFileEnvelope = z.infer<typeof usbFileEnvelope>;

export const usbFilePayload = z
  .object({
    replicaId,
    kioskId: z.string().min(1).max(64),
    createdAt: z.int().min(0),
    through: z.int().min(0),
    rows: z.array(counterRow).max(SYNC_LIMITS.maxFileRows),
  })
  .strict();
export type UsbFilePayload = z.infer<typeof usbFilePayload>;

export function usbFileName(kioskId: string, createdAt: number, through: number): string {
  const stamp = new Date(createdAt).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `loket-${kioskId}-${stamp}-${through}.loket.json`;
}
