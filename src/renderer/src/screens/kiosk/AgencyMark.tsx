import type { AgencyOverview } from '../../../../shared/api/schemas';
import { agencyInitials } from './agencyInitials';

/** An agency's logo, or its initials on the office colour when it has none. */
export function AgencyMark({ agency, className }: { agency: AgencyOverview; className: string }) {
  if (agency.logoUrl !== null) return <img className={className} src={agency.logoUrl} alt="" aria-hidden="true" />;
  const initials = agencyInitials(agency.shortName);
  return (
    <span className={`${className} agency-initials${initials.length > 3 ? ' agency-initials--long' : ''}`} aria-hidden="true">
      {initials}
    </span>
  );
}
