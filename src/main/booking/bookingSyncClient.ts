import { bookingFactsResponse, type BookingFactsRequest, type BookingFactsResponse } from '../../shared/booking/bookingFacts';
import { BOOKING_SYNC_PATHS, dayBookingsResponse, standardsResponse, type DayBookingsResponse, type StandardsResponse } from '../../shared/booking/bookingSync';
import type { StandardsDocument } from '../../shared/booking/standards';
import { exchange, type Exchange } from '../sync/syncTransport';

/** What a call to the city needs: its address, this kiosk's token, a timeout and the clock. */
export interface CityCall {
  serverUrl: string;
  token: string;
  timeoutMs: number;
  now: () => number;
}

/** Sends the office's service standards (standardsFromConfig), so the city offers its slots; the answer names the bookable services. */
export function pushStandards(call: CityCall, doc: StandardsDocument): Promise<Exchange<StandardsResponse>> {
  return exchange(`${call.serverUrl}${BOOKING_SYNC_PATHS.standards}`, { method: 'POST', token: call.token, body: doc, timeoutMs: call.timeoutMs }, standardsResponse, call.now);
}

/** A day's bookings of this office, cancelled ones included, and the city's booking key. */
export function pullDayBookings(call: CityCall, day: string): Promise<Exchange<DayBookingsResponse>> {
  return exchange(`${call.serverUrl}${BOOKING_SYNC_PATHS.bookings}?day=${encodeURIComponent(day)}`, { method: 'GET', token: call.token, timeoutMs: call.timeoutMs }, dayBookingsResponse, call.now);
}

/** One day's check-ins and booked-versus-walk-in figures of this office; the answer names codes the city left out. */
export function pushBookingFacts(call: CityCall, facts: BookingFactsRequest): Promise<Exchange<BookingFactsResponse>> {
  return exchange(`${call.serverUrl}${BOOKING_SYNC_PATHS.facts}`, { method: 'POST', token: call.token, body: facts, timeoutMs: call.timeoutMs }, bookingFactsResponse, call.now);
}
