import { useCallback, useEffect, useState } from 'react';
import type { StaffView } from '../../../../shared/api/schemas';
import { translate } from '../../../../shared/i18n';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/staff/ConfirmDialog';
import { Notice } from '../../components/staff/Notice';
import { AddStaffForm } from './AddStaffForm';
import { ChangePinDialog } from './ChangePinDialog';
import type { PanelProps } from './panelTypes';
import { agencyLabel, useAgencies } from './useAgencies';
import { usePanelRequest } from './usePanelRequest';

/** Petugas: every staff member (an agency supervisor: its agency's), adding one, changing a PIN, disabling. */
export function StaffPanel({ lang, onSessionEnded, agency = null }: PanelProps) {
  const [staff, setStaff] = useState<StaffView[]>([]);
  const agencies = useAgencies();
  const [pinFor, setPinFor] = useState<StaffView | null>(null);
  const [disabling, setDisabling] = useState<StaffView | null>(null);
  const request = usePanelRequest(lang, onSessionEnded);
  // Adding has its own notice, shown in its form: the supervisor's eyes are there, not atop the list.
  const adding = usePanelRequest(lang, onSessionEnded);
  const { run } = request;

  const reload = useCallback(async () => {
    await run(
      () => call('staff.list', {}),
      (list) => {
        setStaff(list);
        return null;
      },
    );
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const disable = async (member: StaffView): Promise<void> => {
    setDisabling(null);
    await run(
      () => call('staff.disable', { staffId: member.id }),
      () => translate(lang, 'supervisor.staff.disabled', { name: member.name }),
      (error) => (error.code === 'wrong_state' ? translate(lang, 'supervisor.staff.lastSupervisor') : null),
    );
    await refreshList();
  };

  // A list reload must not replace the outcome of the action just done, so it keeps the notice.
  const refreshList = async (): Promise<void> => {
    try {
      setStaff(await call('staff.list', {}));
    } catch {
      // The next action or a reload shows the problem; the old list stays meanwhile.
    }
  };

  return (
    <div className="panel-columns">
      <section className="desk-panel" aria-labelledby="staff-list-title">
        <h2 id="staff-list-title" className="panel-title">
          {translate(lang, 'supervisor.staff.list')}
        </h2>
        {request.notice && (
          <Notice tone={request.notice.tone} text={request.notice.text} lang={lang} onDismiss={request.dismiss} testId="staff-notice" />
        )}
        <table className="staff-table">
          <thead>
            <tr>
              <th>{translate(lang, 'supervisor.staff.name')}</th>
              <th>{translate(lang, 'supervisor.staff.role')}</th>
              {agencies.length > 0 && <th>{translate(lang, 'supervisor.staff.agency')}</th>}
              <th>{translate(lang, 'supervisor.staff.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} data-testid={`staff-row-${member.id}`} className={member.active ? undefined : 'row--inactive'}>
                <td>{member.name}</td>
                <td>{translate(lang, `staff.role.${member.role}`)}</td>
                {agencies.length > 0 && <td>{agencyLabel(agencies, member.agency, lang)}</td>}
                <td>{translate(lang, member.active ? 'supervisor.staff.active' : 'supervisor.staff.inactive')}</td>
                <td className="row-actions">
                  {member.active && (
                    <>
                      <button type="button" className="staff-button staff-button--small" onClick={() => setPinFor(member)}>
                        {translate(lang, 'supervisor.staff.changePin')}
                      </button>
                      <button type="button" className="staff-button staff-button--small staff-button--danger-quiet" onClick={() => setDisabling(member)}>
                        {translate(lang, 'supervisor.staff.disable')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <AddStaffForm
        lang={lang}
        agencies={agency === null ? agencies : []}
        busy={adding.busy}
        notice={adding.notice}
        onDismiss={adding.dismiss}
        onAdd={async (input) => {
          const added = await adding.run(
            () => call('staff.create', input),
            (member) => translate(lang, 'supervisor.staff.added', { name: member.name }),
          );
          if (added) await refreshList();
          return added;
        }}
        onMismatch={() => adding.setNotice({ tone: 'error', text: translate(lang, 'staff.pin.mismatch') })}
      />
      {pinFor && (
        <ChangePinDialog
          member={pinFor}
          lang={lang}
          onClose={() => setPinFor(null)}
          onSave={async (pin) => {
            const member = pinFor;
            setPinFor(null);
            await run(
              () => call('staff.setPin', { staffId: member.id, pin }),
              () => translate(lang, 'supervisor.staff.pinChanged', { name: member.name }),
            );
          }}
        />
      )}
      {disabling && (
        <ConfirmDialog
          title={translate(lang, 'supervisor.staff.disableConfirm', { name: disabling.name })}
          confirmLabel={translate(lang, 'supervisor.staff.disable')}
          lang={lang}
          onClose={() => setDisabling(null)}
          onConfirm={() => void disable(disabling)}
        />
      )}
    </div>
  );
}
