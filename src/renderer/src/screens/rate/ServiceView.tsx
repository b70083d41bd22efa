import { translate, type Language } from '../../../../shared/i18n';
import type { ServiceInfo } from '../../hooks/useOfficeOverview';
import { BackButton } from '../../components/BackButton';
import { SpeakButton } from './SpeakButton';

/** Without a ticket, one more tap says which service the rating is about. */
export function ServiceView({
  services,
  lang,
  busy,
  speech,
  onChoose,
  onBack,
}: {
  services: readonly ServiceInfo[];
  lang: Language;
  busy: boolean;
  speech: { speak: (parts: readonly string[]) => void };
  onChoose: (serviceCode: string) => void;
  onBack: () => void;
}) {
  const title = translate(lang, 'rate.chooseService');
  return (
    <section className="rate-step" aria-labelledby="service-title">
      <div className="choice-top">
        <BackButton lang={lang} onBack={onBack} />
        <h1 id="service-title" className="rate-title rate-title--left">
          {title}
        </h1>
        <SpeakButton lang={lang} onSpeak={() => speech.speak([title, ...services.map((s) => s.name[lang])])} />
      </div>
      <div className="rate-service-grid">
        {services.map((service) => (
          <button
            key={service.code}
            type="button"
            className="rate-service-button"
            data-testid={`rate-service-${service.code}`}
            disabled={busy}
            onClick={() => onChoose(service.code)}
          >
            <span className="service-prefix">{service.prefix}</span>
            <span className="rate-service-name">{service.name[lang]}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
