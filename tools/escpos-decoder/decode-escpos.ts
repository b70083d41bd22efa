import type { DecodedDocument } from './document';
import { DocumentBuilder } from './document-builder';
import { EscPosTokenizer } from './tokenizer';

export interface DecodeOptions {
  /** Paper width in base-font columns: 32 on 58 mm paper, 48 on 80 mm (the default). */
  columns?: number;
}

/** Decodes a complete ESC/POS byte stream into lines, codes, feeds and cuts. */
export function decodeEscPos(bytes: Uint8Array, options: DecodeOptions = {}): DecodedDocument {
  const tokenizer = new EscPosTokenizer();
  const builder = new DocumentBuilder(options.columns ?? 48);
  builder.add(tokenizer.push(bytes));
  builder.add(tokenizer.finish());
  return builder.document();
}
