import type { MessageTree } from '../types';

// UI wording of the data-subject request form (DataRequestForm). Error keys match the messages of
// createDataRequestSchema in core/src/policy/data-request.ts.
export const requestsSv = {
  heading: 'Förfrågan om dina personuppgifter',
  intro: 'Förfrågan går till Loggameras support, som hör av sig till dig.',
  kindLegend: 'Vad gäller förfrågan?',
  kinds: {
    deregistration: 'Avregistrera konto och ta bort personuppgifter',
    correction: 'Rätta felaktiga personuppgifter',
    freeTextRemoval: 'Ta bort en personuppgift som skrivits i fel fält',
  },
  deregistration: {
    accountsLegend: 'Vilket eller vilka konton ska avregistreras?',
    accountsLabel: 'Konton som ska avregistreras',
    accountsHint: 'Användarnamn eller e-postadress för varje konto, ett per rad.',
    confirmedFirst:
      'Loggameras support kontaktar dig och bekräftar förfrågan innan kontot avregistreras och personuppgifterna tas bort.',
    keptByLaw:
      'Uppgifter om köp (försäljningstransaktioner) sparas ändå så länge bokföringslagen kräver: sju år efter räkenskapsårets slut.',
  },
  correction: {
    label: 'Vilken uppgift är fel, och vad ska det stå?',
    hint: 'Till exempel att ditt telefonnummer har ändrats, och till vad.',
  },
  freeTextRemoval: {
    facilityLabel: 'Anläggning',
    fieldLabel: 'Fält',
    chooseOption: 'Välj…',
    hint: 'Ange bara var uppgiften står. Skriv inte av själva personuppgiften, kundtjänst hittar den med hjälp av anläggning och fält.',
  },
  submit: 'Skicka förfrågan',
  submitting: 'Skickar…',
  failed: 'Förfrågan kunde inte skickas. Allt du fyllt i finns kvar, så du kan försöka igen.',
  submitted: {
    heading: 'Tack, vi har tagit emot din förfrågan',
    deregistration: 'Loggameras support kontaktar dig och bekräftar förfrågan innan något tas bort.',
    correction: 'Loggameras support rättar uppgiften och hör av sig om något är oklart.',
    freeTextRemoval: 'Loggameras kundtjänst tar bort uppgiften och hör av sig när det är gjort.',
    newRequest: 'Skicka en ny förfrågan',
  },
  errors: {
    kindRequired: 'Välj vad förfrågan gäller.',
    accountsRequired: 'Ange minst ett konto.',
    correctionRequired: 'Beskriv vilken uppgift som är fel och vad den ska vara.',
    facilityRequired: 'Ange vilken anläggning det gäller.',
    fieldRequired: 'Ange vilket fält det gäller.',
    tooLong: 'Texten är för lång.',
  },
} as const;

export const requestsEn: MessageTree<typeof requestsSv> = {
  heading: 'Request about your personal data',
  intro: 'Your request goes to Loggamera’s support, who will get in touch with you.',
  kindLegend: 'What is your request about?',
  kinds: {
    deregistration: 'Deregister an account and remove personal data',
    correction: 'Correct inaccurate personal data',
    freeTextRemoval: 'Remove personal data written in the wrong field',
  },
  deregistration: {
    accountsLegend: 'Which account or accounts should be deregistered?',
    accountsLabel: 'Accounts to deregister',
    accountsHint: 'The username or email address of each account, one per line.',
    confirmedFirst:
      'Loggamera’s support will contact you and confirm the request before the account is deregistered and the personal data removed.',
    keptByLaw:
      'Records of purchases (sales transactions) are still kept as long as the Bookkeeping Act requires: seven years after the end of the fiscal year.',
  },
  correction: {
    label: 'Which data is wrong, and what should it say?',
    hint: 'For example, that your phone number has changed, and to what.',
  },
  freeTextRemoval: {
    facilityLabel: 'Facility',
    fieldLabel: 'Field',
    chooseOption: 'Choose…',
    hint: 'Only say where the data is. Do not copy the personal data itself: customer service finds it from the facility and field.',
  },
  submit: 'Send request',
  submitting: 'Sending…',
  failed: 'The request could not be sent. Everything you entered is still here, so you can try again.',
  submitted: {
    heading: 'Thank you, we have received your request',
    deregistration: 'Loggamera’s support will contact you and confirm the request before anything is removed.',
    correction: 'Loggamera’s support will correct the data and get in touch if anything is unclear.',
    freeTextRemoval: 'Loggamera’s customer service will remove the data and let you know when it is done.',
    newRequest: 'Send a new request',
  },
  errors: {
    kindRequired: 'Choose what your request is about.',
    accountsRequired: 'Give at least one account.',
    correctionRequired: 'Describe which data is wrong and what it should be.',
    facilityRequired: 'Say which facility it concerns.',
    fieldRequired: 'Say which field it concerns.',
    tooLong: 'The text is too long.',
  },
};
