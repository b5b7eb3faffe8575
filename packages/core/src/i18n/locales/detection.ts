import type { MessageTree } from '../types';

// Texts of the personal-data detection: the free-text field's guidance (from the policy's section
// "Fritext-inmatningsfält"), its warnings per kind, the remove action, and the validation messages.
export const detectionSv = {
  field: {
    guidance:
      'Skriv inga uppgifter som kan knytas till en levande person här, till exempel namn, telefonnummer, e-postadresser, personnummer eller adresser. Har du skrivit en personuppgift av misstag kan Loggameras kundtjänst hjälpa dig att ta bort den.',
    warningTitle: 'Det här ser ut som personuppgifter. Ta bort dem innan du sparar.',
    blockedTitle: 'Fältet får inte innehålla personuppgifter. Ta bort dem för att kunna spara.',
    onLine: '{{finding}} (rad {{line}})',
    remove: 'Ta bort',
    removeLabel: 'Ta bort {{kind}} {{excerpt}}',
    announceFound: 'Möjliga personuppgifter i fältet: {{kinds}}.',
    announceCleared: 'Fältet ser inte längre ut att innehålla personuppgifter.',
  },
  finding: {
    name: 'Ser ut som ett namn: {{excerpt}}',
    phone: 'Ser ut som ett telefonnummer: {{excerpt}}',
    email: 'Ser ut som en e-postadress: {{excerpt}}',
    'personal-identity-number': 'Ser ut som ett personnummer: {{excerpt}}',
    address: 'Ser ut som en adress: {{excerpt}}',
  },
  kind: {
    name: 'namn',
    phone: 'telefonnummer',
    email: 'e-postadress',
    'personal-identity-number': 'personnummer',
    address: 'adress',
  },
  validation: {
    blocked: 'Fältet får inte innehålla personuppgifter. Ta bort: {{findings}}.',
    warned: 'Fältet ser ut att innehålla personuppgifter: {{findings}}.',
  },
} as const;

export const detectionEn: MessageTree<typeof detectionSv> = {
  field: {
    guidance:
      'Do not write anything here that can be linked to a living person, such as names, phone numbers, e-mail addresses, personal identity numbers or addresses. If you wrote personal data by mistake, Loggamera’s customer service can help you remove it.',
    warningTitle: 'This looks like personal data. Remove it before you save.',
    blockedTitle: 'This field must not hold personal data. Remove it to be able to save.',
    onLine: '{{finding}} (line {{line}})',
    remove: 'Remove',
    removeLabel: 'Remove {{kind}} {{excerpt}}',
    announceFound: 'Possible personal data in the field: {{kinds}}.',
    announceCleared: 'The field no longer seems to hold personal data.',
  },
  finding: {
    name: 'Looks like a name: {{excerpt}}',
    phone: 'Looks like a phone number: {{excerpt}}',
    email: 'Looks like an e-mail address: {{excerpt}}',
    'personal-identity-number': 'Looks like a personal identity number: {{excerpt}}',
    address: 'Looks like an address: {{excerpt}}',
  },
  kind: {
    name: 'name',
    phone: 'phone number',
    email: 'e-mail address',
    'personal-identity-number': 'personal identity number',
    address: 'address',
  },
  validation: {
    blocked: 'This field must not hold personal data. Remove: {{findings}}.',
    warned: 'This field seems to hold personal data: {{findings}}.',
  },
};
