import { LoketError } from '../../shared/api/errors';
import type { CounterConfig, OfficeConfig, ServiceConfig } from '../../shared/config/officeConfig';

/** The configuration in use, with its services and counters looked up by code and number. */
export class OfficeSetup {
  private services = new Map<string, ServiceConfig>();
  private counters = new Map<number, CounterConfig>();

  constructor(private current: OfficeConfig) {
    this.apply(current);
  }

  get config(): OfficeConfig {
    return this.current;
  }

  /** Switches to a new, already validated configuration. */
  apply(config: OfficeConfig): void {
    this.current = config;
    this.services = new Map(config.services.map((s) => [s.code, s]));
    this.counters = new Map(config.counters.map((c) => [c.number, c]));
  }

  service(code: string): ServiceConfig {
    const s = this.services.get(code);
    if (!s) throw new LoketError('not_found', `There is no service "${code}" in this office.`);
    return s;
  }

  /** A service that may since have been removed from the configuration (old tickets keep its code). */
  findService(code: string): ServiceConfig | undefined {
    return this.services.get(code);
  }

  counter(number: number): CounterConfig {
    const c = this.counters.get(number);
    if (!c) throw new LoketError('not_found', `There is no counter ${number} in this office.`);
    return c;
  }

  /** A counter that may since have been removed from the configuration. */
  findCounter(number: number): CounterConfig | undefined {
    return this.counters.get(number);
  }
}
