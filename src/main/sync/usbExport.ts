import { createPrivateKey, sign } from 'node:crypto';
import { USB_FILE_FORMAT, USB_FILE_VERSION, usbFileName, type UsbFileEnvelope, type UsbFilePayload } from '../../shared/sync/usbFile';

/** Signs the payload bytes with the kiosk's Ed25519 key; the server checks them with the enrolled public key. */
export function signUsbFile(payload: UsbFilePayload, privateKeyPem: string): { fileName: string; content: string } {
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const signature = sign(null, bytes, createPrivateKey(privateKeyPem));
  const envelope: UsbFileEnvelope = {
    format: USB_FILE_FORMAT,
    version: USB_FILE_VERSION,
    payload: bytes.toString('base64'),
    signature: signature.toString('base64'),
  };
  return { fileName: usbFileName(payload.kioskId, payload.createdAt, payload.through), content: `${JSON.stringify(envelope, null, 1)}\n` };
}
