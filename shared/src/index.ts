export * from './vocabularies.js';
export * from './limits.js';
export * from './scope.js';
export * from './account-roles.js';
export * from './text-rules.js';
export * from './audit-actions.js';
