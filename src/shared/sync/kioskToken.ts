import { z } from 'zod';

/**
 * The kiosk chooses its own bearer token (256 random bits) and sends only its SHA-256: the city stores
 * nothing it could hand out again, and a repeated enrolment or rotation (a duplicated request, a lost
 * reply retried) sets the same token, so no answer can make another one dead.
 */
export const tokenHash = z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the token, 64 hex digits');

/** A request's own id: the same request, sent again, is the same request. */
export const requestId = z.uuid('must be a UUID');

/**
 * What the kiosk signs with its Ed25519 key (the one it enrolled with) to rotate its token, so a leaked
 * bearer token alone cannot rotate it away from its kiosk.
 */
export function rotationMessage(replicaId: string, id: string, hash: string): string {
  return `loket-rotate:v1:${replicaId}:${id}:${hash}`;
}
