export * from './limits';
export * from './metricBounds';
export * from './metricName';
export * from './protocol';
export * from './usbFile';
