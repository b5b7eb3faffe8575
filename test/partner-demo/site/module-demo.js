// The ESM build (what a bundler imports), loaded as a module: the partner registers the elements itself.
import { defineLoggameraElements } from './embed/index.js';

defineLoggameraElements();
