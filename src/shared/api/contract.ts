import type { z } from 'zod';
import { authMethods } from './methods/auth';
import { bookingMethods } from './methods/booking';
import { bookingListMethods } from './methods/bookingList';
import { phoneMethods } from './methods/phone';
import { printingMethods } from './methods/printing';
import { queueMethods } from './methods/queue';
import { ratingsMethods } from './methods/ratings';
import { shellMethods } from './methods/shell';
import { speechMethods } from './methods/speech';
import { settingsMethods } from './methods/settings';
import { statsMethods } from './methods/stats';
import { maintenanceMethods } from './methods/maintenance';
import { syncMethods } from './methods/sync';

export { ROLES, type MethodSpec, type Role } from './method';

/**
 * The one API contract: every method's module merged into one table. The Electron IPC bridge, the
 * LAN server, the renderer's client and the tests all dispatch through it.
 */
export const api = {
  ...queueMethods,
  ...printingMethods,
  ...ratingsMethods,
  ...statsMethods,
  ...settingsMethods,
  ...authMethods,
  ...syncMethods,
  ...shellMethods,
  ...maintenanceMethods,
  ...speechMethods,
  ...phoneMethods,
  ...bookingMethods,
  ...bookingListMethods,
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(api, name);
}
