export * from './limits';
export * from './metricName';
export * from './protocol';
export * from './usbFile';
