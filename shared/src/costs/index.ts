export * from './cost-vocabulary.js';
export * from './cost-limits.js';
export * from './cost-formula.js';
export * from './cost-conversion.js';
export * from './money.js';
