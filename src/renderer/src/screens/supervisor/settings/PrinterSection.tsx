import type { PrinterConfig } from '../../../../../shared/config/printer';
import { translate } from '../../../../../shared/i18n';
import { FAILURE_POLICIES, PRINTER_PROFILES, TRANSPORT_TYPES, type TransportType } from './choices';
import { required, type SectionProps } from './draftTypes';
import { ListInput, NumberInput, SelectInput, TextInput } from './fields';
import { Section } from './Section';

type Transport = PrinterConfig['transport'];

/** A fresh transport of the chosen kind with the usual values filled in. */
function transportOf(type: TransportType): Transport {
  switch (type) {
    case 'tcp':
      return { type, host: '', port: 9100 };
    case 'device':
      return { type, path: '/dev/usb/lp0' };
    case 'windows':
      return { type, printerName: '' };
    case 'none':
      return { type };
  }
}

/** The ticket printer: how it is reached, its model and paper, the footer, and what a failed print means. */
export function PrinterSection({ lang, draft, onChange }: SectionProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const printer = draft.printer;
  const setPrinter = (patch: Partial<PrinterConfig>): void => onChange((d) => ({ ...d, printer: { ...d.printer, ...patch } }));
  const transport = printer.transport;
  return (
    <Section id="printer" title={t('supervisor.settings.printer')}>
      <div className="set-grid">
        <SelectInput
          label={t('supervisor.settings.transport')}
          path="printer.transport.type"
          value={transport.type}
          options={TRANSPORT_TYPES.map((type) => ({ value: type, label: t(`supervisor.settings.transport.${type}`) }))}
          onChange={(type) => setPrinter({ transport: transport.type === type ? transport : transportOf(type) })}
          testId="set-printer-transport"
        />
        {transport.type === 'tcp' && (
          <>
            <TextInput label={t('supervisor.settings.host')} hint={t('supervisor.settings.hostHint')} path="printer.transport.host" value={transport.host} onChange={(host) => setPrinter({ transport: { ...transport, host } })} />
            <NumberInput label={t('supervisor.settings.port')} path="printer.transport.port" value={transport.port} onChange={(port) => setPrinter({ transport: { ...transport, port: required(port) } })} />
          </>
        )}
        {transport.type === 'device' && (
          <TextInput label={t('supervisor.settings.devicePath')} hint={t('supervisor.settings.devicePathHint')} path="printer.transport.path" value={transport.path} onChange={(path) => setPrinter({ transport: { ...transport, path } })} />
        )}
        {transport.type === 'windows' && (
          <TextInput
            label={t('supervisor.settings.printerName')}
            path="printer.transport.printerName"
            value={transport.printerName}
            onChange={(printerName) => setPrinter({ transport: { ...transport, printerName } })}
          />
        )}
        <SelectInput label={t('supervisor.settings.profile')} path="printer.profile" value={printer.profile} options={PRINTER_PROFILES.map((p) => ({ value: p, label: p }))} onChange={(profile) => setPrinter({ profile })} />
        <SelectInput
          label={t('supervisor.settings.paperWidth')}
          path="printer.paperWidthMm"
          value={printer.paperWidthMm === undefined ? 'auto' : String(printer.paperWidthMm)}
          options={[
            { value: 'auto', label: t('supervisor.settings.paperAuto') },
            { value: '58', label: '58 mm' },
            { value: '80', label: '80 mm' },
          ]}
          onChange={(width) => setPrinter({ paperWidthMm: width === '58' ? 58 : width === '80' ? 80 : undefined })}
        />
        <SelectInput
          label={t('supervisor.settings.onFailure')}
          path="printer.onPrintFailure"
          value={printer.onPrintFailure}
          options={FAILURE_POLICIES.map((p) => ({ value: p, label: t(`supervisor.settings.onFailure.${p}`) }))}
          onChange={(onPrintFailure) => setPrinter({ onPrintFailure })}
        />
      </div>
      <ListInput
        label={t('supervisor.settings.footer')}
        hint={t('supervisor.settings.footerHint')}
        path="printer.footerLines"
        value={printer.footerLines}
        separator={'\n'}
        rows={3}
        onChange={(footerLines) => setPrinter({ footerLines })}
      />
    </Section>
  );
}
