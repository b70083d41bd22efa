import { useEffect, useState } from 'react';
import type { AgencyOverview } from '../../../../shared/api/schemas';
import { translate, type Language } from '../../../../shared/i18n';
import { call } from '../../api/client';

/** The building's agencies (none in a one-agency office), read once from the office's overview. */
export function useAgencies(): AgencyOverview[] {
  const [agencies, setAgencies] = useState<AgencyOverview[]>([]);
  useEffect(() => {
    let gone = false;
    call('office.overview', {})
      .then((overview) => {
        if (!gone) setAgencies(overview.agencies);
      })
      // Without them the panel shows no agency column: the office's own answers still name the agency.
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, []);
  return agencies;
}

/** An account's agency as the staff list shows it: its short name, or the building. */
export function agencyLabel(agencies: readonly AgencyOverview[], agency: string | null, lang: Language): string {
  if (agency === null) return translate(lang, 'supervisor.staff.building');
  return agencies.find((a) => a.id === agency)?.shortName ?? agency;
}
