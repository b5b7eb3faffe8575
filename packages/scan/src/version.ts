declare const __SCAN_VERSION__: string | undefined;

/** The version of @loggamera/privacy-scan, printed by `privacy-scan --version` (set by the build). */
export const scanVersion: string = typeof __SCAN_VERSION__ === 'string' ? __SCAN_VERSION__ : 'development';
