import { KioskPairingGate } from './components/pairing/KioskPairingGate';
import { resolveRoute } from './router/screens';
import { CounterScreen } from './screens/counter/CounterScreen';
import { DisplayScreen } from './screens/display/DisplayScreen';
import { HomeScreen } from './screens/home/HomeScreen';
import { IkmScreen } from './screens/ikm/IkmScreen';
import { KioskScreen } from './screens/kiosk/KioskScreen';
import { NotFoundScreen } from './screens/home/NotFoundScreen';
import { PlaceholderScreen } from './screens/home/PlaceholderScreen';
import { RateScreen } from './screens/rate/RateScreen';
import { FirstRunRedirect } from './components/setup/FirstRunRedirect';
import { ReportScreen } from './screens/report/ReportScreen';
import { SupervisorScreen } from './screens/supervisor/SupervisorScreen';

/** Picks the screen once per page load: each office device shows one screen all day. */
export function App() {
  const route = resolveRoute(window.location);
  if (route.kind === 'home') return <HomeScreen />;
  if (route.kind === 'notFound') return <NotFoundScreen />;
  switch (route.screen) {
    case 'kiosk':
      return (
        <KioskPairingGate title="pairing.kioskTitle" label="pairing.kioskLabel">
          <FirstRunRedirect>
            <KioskScreen />
          </FirstRunRedirect>
        </KioskPairingGate>
      );
    case 'counter':
      return <CounterScreen />;
    case 'supervisor':
      return <SupervisorScreen />;
    case 'display':
      return <DisplayScreen />;
    case 'rate':
      return (
        <KioskPairingGate title="pairing.rateTitle" label="pairing.rateLabel">
          <RateScreen />
        </KioskPairingGate>
      );
    case 'ikm':
      return <IkmScreen />;
    case 'laporan':
      return <ReportScreen />;
    default:
      return <PlaceholderScreen message="app.notYet" />;
  }
}
