// The pure engagement core: rates, deltas, response times, day bucketing, roll-ups, the
// dashboard computation, CSV and display formatting. No browser, no database, no clock.
export * from './days';
export * from './rates';
export * from './delta';
export * from './response-time';
export * from './percentile';
export * from './histogram';
export * from './rollup-snapshots';
export * from './rollup-replies';
export * from './retention';
export * from './dashboard-replies';
export * from './dashboard-posts';
export * from './dashboard';
export * from './rollup-parse';
export * from './csv';
export * from './format';
