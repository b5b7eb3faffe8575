import type { MessageTree } from '../types';

// Texts shared by several components. Each feature keeps its own file beside this one.
export const commonSv = {
  languageName: 'Svenska',
  loading: 'Laddar…',
  close: 'Stäng',
  retry: 'Försök igen',
  cancel: 'Avbryt',
  save: 'Spara',
  saving: 'Sparar…',
  requiredField: 'Obligatoriskt fält',
  errorGeneric: 'Något gick fel. Det du fyllt i finns kvar, så du kan försöka igen.',
  privacyPolicyLink: 'Läs vår integritetspolicy',
} as const;

export const commonEn: MessageTree<typeof commonSv> = {
  languageName: 'English',
  loading: 'Loading…',
  close: 'Close',
  retry: 'Try again',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  requiredField: 'Required field',
  errorGeneric: 'Something went wrong. What you entered is still here, so you can try again.',
  privacyPolicyLink: 'Read our privacy policy',
};
