/** The structured form of an ESC/POS byte stream, as a person would read the paper. */

export type Alignment = 'left' | 'center' | 'right';

/** Where a text line's visible content sits on the paper, counting leading spaces and ESC a. */
export type Placement = 'empty' | 'full' | 'left' | 'center' | 'right' | 'indented';

export interface TextRun {
  text: string;
  /** GS ! multipliers, 1–8. */
  width: number;
  height: number;
  bold: boolean;
  underline: boolean;
  invert: boolean;
}

export interface TextLine {
  kind: 'text';
  runs: TextRun[];
  /** All runs joined, including padding spaces. */
  text: string;
  /** The text without leading and trailing spaces. */
  content: string;
  /** ESC a alignment in effect when the line started. */
  align: Alignment;
  /** First and one-past-last base-font column of the visible content on the paper. */
  startColumn: number;
  endColumn: number;
  /** Largest multipliers among the runs with visible content (1 on an empty line). */
  width: number;
  height: number;
  /** True when every run with visible content is bold. */
  bold: boolean;
  invert: boolean;
  /** The line is wider than the paper, so the printer would wrap it on its own. */
  overflow: boolean;
  placement: Placement;
}

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrBlock {
  kind: 'qr';
  payload: string;
  model: 1 | 2;
  moduleSize: number;
  errorLevel: QrErrorLevel;
  align: Alignment;
}

export interface BarcodeBlock {
  kind: 'barcode';
  symbology: string;
  data: string;
  heightDots: number;
  moduleWidth: number;
  align: Alignment;
}

export interface FeedBlock {
  kind: 'feed';
  dots: number;
}

export interface CutBlock {
  kind: 'cut';
  partial: boolean;
}

export interface StatusQueryBlock {
  kind: 'status-query';
  /** "DLE EOT 1", "GS r 1", … */
  command: string;
}

export interface ImageBlock {
  kind: 'image';
  widthDots: number;
  heightDots: number;
  align: Alignment;
}

export type DecodedBlock = TextLine | QrBlock | BarcodeBlock | FeedBlock | CutBlock | StatusQueryBlock | ImageBlock;

export interface DecodedDocument {
  /** Paper width in base-font columns the placement was computed for. */
  columns: number;
  blocks: DecodedBlock[];
  /** Setup commands in the order seen, e.g. "ESC @", "FS .", "ESC t 0". */
  commands: string[];
  /** Bytes the decoder did not understand, described. */
  warnings: string[];
}
