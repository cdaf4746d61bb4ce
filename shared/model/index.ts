export * from './consultation';
export * from './draft';
export * from './history';
export * from './letter-wording';
export * from './review';
export * from './new-draft';
export * from './settings';
