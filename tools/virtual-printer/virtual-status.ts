/** The conditions the virtual printer can be switched to, and the bytes it answers with in each. */

export const VIRTUAL_STATUSES = ['ok', 'near_end', 'paper_out', 'cover_open', 'error', 'silent'] as const;
export type VirtualStatus = (typeof VIRTUAL_STATUSES)[number];

export function isVirtualStatus(value: string): value is VirtualStatus {
  return (VIRTUAL_STATUSES as readonly string[]).includes(value);
}

interface Replies {
  /** DLE EOT 1, 2, 3, 4 replies. */
  dleEot: Record<1 | 2 | 3 | 4, number>;
  /** GS r 1 reply, or null when the printer cannot finish the job (it stays silent). */
  processed: number | null;
  /** Whether received tickets come out on paper. */
  prints: boolean;
}

const READY = 0x12;
const OFFLINE = READY | 0x08;

const REPLIES: Record<Exclude<VirtualStatus, 'silent'>, Replies> = {
  ok: { dleEot: { 1: READY, 2: READY, 3: READY, 4: READY }, processed: 0x00, prints: true },
  near_end: { dleEot: { 1: READY, 2: READY, 3: READY, 4: READY | 0x0c }, processed: 0x03, prints: true },
  paper_out: {
    dleEot: { 1: OFFLINE, 2: READY | 0x20, 3: READY, 4: READY | 0x6c },
    processed: null,
    prints: false,
  },
  cover_open: { dleEot: { 1: OFFLINE, 2: READY | 0x04, 3: READY, 4: READY }, processed: null, prints: false },
  error: { dleEot: { 1: OFFLINE, 2: READY | 0x40, 3: READY | 0x08, 4: READY }, processed: null, prints: false },
};

/** The reply to DLE EOT n, or null when the printer says nothing. */
export function statusReply(status: VirtualStatus, n: number): number | null {
  if (status === 'silent' || n < 1 || n > 4) return null;
  return REPLIES[status].dleEot[n as 1 | 2 | 3 | 4];
}

export function processedReply(status: VirtualStatus): number | null {
  return status === 'silent' ? null : REPLIES[status].processed;
}

export function printsInStatus(status: VirtualStatus): boolean {
  return status !== 'silent' && REPLIES[status].prints;
}
