import type { MethodOutput } from '../../../../shared/api/contract';

export type IssuedTicket = MethodOutput<'tickets.issue'>;
