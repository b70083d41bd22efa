/** Who performed a change, for the event log (staff productivity, audit). */
export interface Actor {
  staffId: number | null;
}

/** A change nobody in particular made: the kiosk, the printer, the day's end. */
export const NOBODY: Actor = { staffId: null };
