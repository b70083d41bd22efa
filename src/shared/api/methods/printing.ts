import { z } from 'zod';
import { EXAMPLE_TICKET, empty, method, type MethodSpec } from '../method';
import { printerStatus, printReport, ticketId, ticketView } from '../schemas';

/** The ticket printer: its health and supervisor reprints. */

const reprinted = z.object({ ticket: ticketView, print: printReport });

export const printingMethods = {
  'printer.status': method({
    summary: "The ticket printer's last known health (also pushed as the printer.status event when it changes).",
    input: empty,
    output: printerStatus,
    roles: ['kiosk', 'counter', 'supervisor'],
    mutates: false,
    example: {},
  }),
  'printer.check': method({
    summary: 'Ask the printer for its status now.',
    input: empty,
    output: printerStatus,
    roles: ['supervisor'],
    mutates: false,
    example: {},
  }),
  'tickets.findToday': method({
    summary: 'Find one of today\'s tickets, in any state, by its printed number ("A-017", "a17") or its QR code ("LOKET:<id>").',
    input: z.object({ ticketRef: z.string().trim().min(1).max(80) }).strict(),
    output: ticketView,
    roles: ['supervisor'],
    mutates: false,
    example: { ticketRef: 'A-017' },
  }),
  'tickets.reprint': method({
    summary: "Print one of today's tickets again (the visitor lost it, or the paper ran out mid-ticket).",
    input: z.object({ ticketId }).strict(),
    output: reprinted,
    roles: ['supervisor'],
    agency: 'inputs',
    mutates: true,
    example: { ticketId: EXAMPLE_TICKET },
  }),
  'tickets.reprintLast': method({
    summary: 'Print the last ticket issued today again.',
    input: empty,
    output: reprinted,
    roles: ['supervisor'],
    mutates: true,
    example: {},
  }),
} as const satisfies Record<string, MethodSpec>;
