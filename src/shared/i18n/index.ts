export { DEFAULT_LANGUAGE, LANGUAGES, LOCALES, isLanguage, type Language } from './languages';
export type { MessageKey } from './messageKey';
export {
  printerBlocksTickets,
  printerProblem,
  priorityReasonName,
  translate,
  visitorErrorMessage,
  waitingCount,
  type MessageParams,
  type VisitorErrorCode,
} from './translate';
export { formatClock, formatDayMonth, formatLongDate } from './formatDateTime';
export { issueKey, issueText, issuesText } from './issueText';
