// The embed builds give core's i18n these in place of the texts of features the embed never shows
// (the policy page and the data-request form), so a partner page does not download them. See
// build-options.mjs; the booking form, free-text field, cookie notice and common texts stay whole.
export const policySv = {};
export const policyEn = {};
export const requestsSv = {};
export const requestsEn = {};
