export * from './consultation';
export * from './draft';
export * from './history';
export * from './new-draft';
