import type { Role } from '../../shared/api/contract';

/** A signed-in staff member behind a request. */
export interface CallerSession {
  tokenHash: string;
  staffId: number;
  staffName: string;
  expiresAt: number;
}

/** Who is calling: the role proven by the transport (IPC window, LAN token or session), and a counter's number. */
export interface Caller {
  role: Role | null;
  counter?: number | null;
  via: 'ipc' | 'lan' | 'test';
  /** The office PC itself (loopback or the Electron window): only it may create the first supervisor. */
  local?: boolean;
  session?: CallerSession;
  /**
   * A staff member of one agency of a Mal Pelayanan Publik: a supervisor who may see and change only that
   * agency (src/main/api/agencyScope.ts), or a clerk at one of its counters. Absent: the building.
   */
  agency?: string;
  /** A paired device's label ("Tablet loket 3"), telling rating devices apart. */
  deviceLabel?: string;
  /** A display assigned to one zone of the building (docs/agencies.md): it sees only that zone's calls. */
  zone?: string;
  /**
   * Where the request came from, for per-source limits and the security log: the LAN peer's address,
   * or "ipc:<role>" for an Electron window. Absent only in tests that call the dispatcher directly.
   */
  source?: string;
}
