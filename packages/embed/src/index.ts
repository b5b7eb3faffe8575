// The public surface of @loggamera/privacy-embed, listed by name.

export { attachIsolatedRoot } from './isolated-root';
