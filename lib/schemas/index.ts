export * from './common';
export * from './template';
export * from './profile';
export * from './reply-event';
export * from './snapshot';
export * from './diagnostic';
export * from './settings';
