export * from './vocabularies.js';
export * from './limits.js';
export * from './scope.js';
