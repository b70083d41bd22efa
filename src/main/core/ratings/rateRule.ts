/**
 * Answers faster than people are served: one device giving more answers of one kind (one-tap or full
 * survey) without a ticket in the last 10 minutes than people were served "there" is answering for
 * people who were not there. "There" is the device's counter when its credential is tied to one (a
 * counter tablet), else the whole office. People served = tickets finished in the last 15 minutes (the
 * 10-minute window plus 5 for the walk from the counter to the rating screen), plus the tickets being
 * served right now (a resident may answer before the clerk presses "Selesai"), plus 2 to spare (a
 * companion, a resident who lost the ticket). Answers linked to a ticket are not counted: each names a
 * served visit and a ticket gives only one. Varied answers count as much as identical ones; the burst
 * rule catches identical ones sooner.
 */
export interface RateRule {
  windowMs: number;
  servedLookbackMs: number;
  slack: number;
}

export const ANSWER_RATE: RateRule = { windowMs: 10 * 60_000, servedLookbackMs: 15 * 60_000, slack: 2 };

export interface RateFacts {
  /** Answers of this kind without a ticket from the device inside the window, this one included. */
  answers: number;
  /** Tickets finished there within the lookback. */
  finished: number;
  /** Tickets being served there now. */
  serving: number;
}

export function allowedAnswers(facts: RateFacts, rule: RateRule = ANSWER_RATE): number {
  return facts.finished + facts.serving + rule.slack;
}

export function isOverRate(facts: RateFacts, rule: RateRule = ANSWER_RATE): boolean {
  return facts.answers > allowedAnswers(facts, rule);
}
