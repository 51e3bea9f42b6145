export * from './model.js';
export * from './contract.js';
export * from './errors.js';
export * from './dispatch.js';
export * from './text.js';
export * from './shell-contract.js';
export * from './client.js';
export * from './anchoring.js';
