// The package's own file, by path: the layer check cannot resolve Vite's "?url" through a package's exports.
import readerWasmUrl from '../../../../../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm?url';

type Reader = typeof import('zxing-wasm/reader');

let reader: Promise<Reader> | null = null;

/**
 * ZXing-C++ (zxing-wasm), loaded when the camera first opens so the start screen does not carry it. Its
 * WebAssembly is served by the app itself (Vite emits it into the build): the kiosk is offline, and the
 * package's default would fetch it from a CDN. A failed load is tried again at the next call.
 */
export function prepareQrDecoder(): Promise<Reader> {
  reader ??= import('zxing-wasm/reader').then(async (zxing) => {
    try {
      await zxing.prepareZXingModule({
        overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? readerWasmUrl : prefix + path) },
        fireImmediately: true,
      });
    } catch (err) {
      zxing.purgeZXingModule();
      throw err;
    }
    return zxing;
  });
  reader.catch(() => {
    reader = null;
  });
  return reader;
}

/** The text of a QR code in the frame, or null when none is readable. */
export async function decodeQr(frame: ImageData): Promise<string | null> {
  const { readBarcodes } = await prepareQrDecoder();
  const [found] = await readBarcodes(frame, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  return found?.isValid ? found.text : null;
}
