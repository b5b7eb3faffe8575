// What the embed builds give every `import … from '@loggamera/privacy-core'` in the bundled React
// components: all of core, except that `detectPersonalData` loads the detector on demand.
export * from '@loggamera/privacy-core';
export { detectPersonalData } from './lazy-detector';
