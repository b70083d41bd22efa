import type { MethodOutput } from '../../../../shared/api/contract';

export type Overview = MethodOutput<'office.overview'>;
export type ServiceInfo = Overview['services'][number];
export type IssuedTicket = MethodOutput<'tickets.issue'>;
