import type { MethodOutput, ParsedInput } from '../../shared/api/contract';
import { LoketError } from '../../shared/api/errors';
import type { OfficeConfig } from '../../shared/config/officeConfig';
import type { Caller } from '../auth/caller';
import type { Clock } from '../core/clock';
import type { OfficeCore } from '../core/officeCore';
import { settingsImpact } from '../core/settingsImpact';
import { saveConfigAtomically } from '../config/workingConfig';
import type { Store } from '../store/store';
import { mergeAgencySettings, type ProblemPlace } from './agencySettings';
import { type PrinterSaveCheck, windowsPrinterCheck } from './printerCheck';

const CHANGED = 'settings.changed';

/** Which top-level parts of the configuration changed, for the change log. */
function changedParts(before: OfficeConfig, after: OfficeConfig): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof OfficeConfig>;
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Settings edited in the UI: validated by the contract with the file's own schema, checked against
 * what is happening in the office, saved atomically, logged with who and when, and applied live.
 */
export class SettingsService {
  constructor(
    private readonly store: Store,
    private readonly core: OfficeCore,
    private readonly savePath: string,
    private readonly clock: Clock,
    private readonly onApplied: (before: OfficeConfig, after: OfficeConfig) => void,
    private readonly checkPrinter: PrinterSaveCheck = windowsPrinterCheck(),
  ) {}

  get(): MethodOutput<'settings.get'> {
    const changes = this.store.audit
      .recent(200)
      .filter((e) => e.action === CHANGED)
      .map((e) => ({ at: e.at, by: e.actor, summary: (e.detail?.summary as string[] | undefined) ?? [] }));
    return { config: this.core.officeConfig, savedTo: this.savePath, changes };
  }

  /** Synchronous unless the new printer must first be looked up on this PC (a Windows printer). */
  update(input: ParsedInput<'settings.update'>, caller: Caller): MethodOutput<'settings.update'> | Promise<MethodOutput<'settings.update'>> {
    return this.replace(input.config, input.confirm, caller);
  }

  /**
   * One agency's own part, merged into the building's configuration as it is now (agencySettings.ts) and
   * then replaced exactly as settings.update does; problems name the fields of the agency's input.
   */
  updateAgency(input: ParsedInput<'settings.updateAgency'>, caller: Caller): MethodOutput<'settings.updateAgency'> | Promise<MethodOutput<'settings.updateAgency'>> {
    const merged = mergeAgencySettings(this.core.officeConfig, input.agency, input.config);
    return this.replace(merged.config, input.confirm, caller, merged.toInput);
  }

  /** The one way a configuration is replaced; `toInput` words a problem's field as the caller's input names it. */
  private replace(after: OfficeConfig, confirm: boolean, caller: Caller, toInput: ProblemPlace = (p) => p): MethodOutput<'settings.update'> | Promise<MethodOutput<'settings.update'>> {
    const checking = this.checkPrinter(this.core.officeConfig.printer, after.printer);
    if (checking === null) return this.apply(after, confirm, caller, toInput);
    return checking.then((problems) => {
      if (problems.length > 0) throw LoketError.withProblems('bad_request', 'These settings cannot be used on this PC; nothing was changed.', problems.map(toInput));
      return this.apply(after, confirm, caller, toInput);
    });
  }

  private apply(after: OfficeConfig, confirm: boolean, caller: Caller, toInput: ProblemPlace): MethodOutput<'settings.update'> {
    const before = this.core.officeConfig;
    if (JSON.stringify(before.sync?.exportFolders ?? []) !== JSON.stringify(after.sync?.exportFolders ?? [])) {
      throw LoketError.withProblems('bad_request', 'The export folders can only be changed in the configuration file on this PC; nothing was changed.', [
        { field: 'config.sync.exportFolders', rule: 'file_only', text: 'only the configuration file on this PC can change the export folders' },
      ]);
    }
    if ((before.update?.publicKey ?? null) !== (after.update?.publicKey ?? null)) {
      throw LoketError.withProblems('bad_request', 'The release key for updates can only be changed in the configuration file on this PC; nothing was changed.', [
        { field: 'config.update.publicKey', rule: 'file_only', text: 'only the configuration file on this PC can change the release key' },
      ]);
    }
    const snapshot = this.core.snapshot();
    const issued = new Map(this.core.overview().services.map((s) => [s.code, s.issuedToday]));
    const impact = settingsImpact(before, after, {
      waitingByService: new Map(snapshot.services.map((s) => [s.code, s.waiting.length + s.held.length])),
      issuedTodayByService: issued,
      busyCounters: new Set(snapshot.counters.filter((c) => c.state !== 'closed' || c.current !== null).map((c) => c.number)),
    });
    if (impact.blocking.length > 0) {
      throw LoketError.withProblems('wrong_state', 'These settings would leave visitors without a service; nothing was changed.', impact.blocking.map(toInput));
    }
    if (impact.confirm.length > 0 && !confirm) {
      throw LoketError.withProblems('needs_confirmation', 'Please confirm these changes (send confirm: true); nothing was changed yet.', impact.confirm.map(toInput));
    }
    const summary = changedParts(before, after);
    if (summary.length === 0) return this.get();
    try {
      saveConfigAtomically(this.savePath, after);
    } catch (err) {
      throw new LoketError('storage_failed', `The settings could not be saved to ${this.savePath} (${(err as NodeJS.ErrnoException).code ?? String(err)}); nothing was changed.`);
    }
    const by = caller.session?.staffName ?? caller.role ?? 'unknown';
    this.core.reconfigure(after);
    this.store.transaction(() => this.store.audit.append(this.clock.now(), by, CHANGED, { summary, confirmed: impact.confirm.map((c) => `${c.field}: ${c.text}`) }));
    this.onApplied(before, after);
    this.core.publish('config.changed', { by });
    return this.get();
  }
}
