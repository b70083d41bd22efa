/** Every screen of the app (its route is /<name>), in the order the start page lists them. */
export const SCREENS = ['kiosk', 'counter', 'display', 'rate', 'supervisor', 'ikm', 'laporan'] as const;
export type ScreenName = (typeof SCREENS)[number];
