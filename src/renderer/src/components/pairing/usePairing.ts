import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import { call, toApiError } from '../../api/client';
import { storeToken } from './deviceToken';

export type DeviceRole = MethodInput<'devices.pairRequest'>['role'];

const POLL_MS = 2_000;
/** After a refused request (e.g. too many devices waiting) the next one waits longer. */
const RETRY_MS = 5_000;

export type PairingState =
  | { kind: 'requesting' }
  | { kind: 'showing'; code: string; expiresAt: number; offline: boolean }
  | { kind: 'failed' };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Asks to be paired and shows the code until a supervisor approves it: polls every 2 s, stores the
 * token once approved, and starts over with a new code when the old one expires.
 */
export function usePairing(role: DeviceRole, label: string, onPaired: () => void): PairingState {
  const [state, setState] = useState<PairingState>({ kind: 'requesting' });

  useEffect(() => {
    let cancelled = false;

    async function waitForApproval(requestId: string, code: string, expiresAt: number): Promise<boolean> {
      while (!cancelled) {
        await sleep(POLL_MS);
        if (cancelled) return false;
        try {
          const status = await call('devices.pairStatus', { requestId });
          if (status.status === 'approved' && status.token !== null) {
            storeToken(status.token);
            return true;
          }
          // Approved without a token means another tab took it: start over like an expiry.
          if (status.status !== 'pending') return false;
          setState({ kind: 'showing', code, expiresAt, offline: false });
        } catch (err) {
          console.warn(`[${role}] devices.pairStatus failed:`, toApiError(err).message);
          setState({ kind: 'showing', code, expiresAt, offline: true });
        }
      }
      return false;
    }

    async function run(): Promise<void> {
      while (!cancelled) {
        try {
          const request = await call('devices.pairRequest', { role, label });
          if (cancelled) return;
          setState({ kind: 'showing', code: request.code, expiresAt: request.expiresAt, offline: false });
          if (await waitForApproval(request.requestId, request.code, request.expiresAt)) {
            if (!cancelled) onPaired();
            return;
          }
        } catch (err) {
          console.warn(`[${role}] devices.pairRequest failed:`, toApiError(err).message);
          if (!cancelled) setState({ kind: 'failed' });
          await sleep(RETRY_MS);
        }
      }
    }

    void run();
    return () => {
      cancelled = true;
    };
  }, [role, label, onPaired]);

  return state;
}
