/** The i18next namespace every kit text lives in. */
export const privacyNamespace = 'loggamera-privacy';
