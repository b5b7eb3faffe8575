import type { MessageTree } from '../types';

// UI wording around the privacy policy (the policy text itself is data in core/src/policy), the policy
// update notice and the retention notice.
export const policySv = {
  contents: 'Innehåll',
  versionLabel: 'Version',
  effectiveDateLabel: 'Gäller från',
  print: 'Skriv ut',
  filledInByProject: 'Ifyllt av projektet, Loggamera bekräftar innehållet.',
  headingAddedByProject: 'Rubriken är tillagd av projektet.',
  whatChanged: 'Vad har ändrats',
  changesInVersion: 'Version {{version}}, gäller från {{date}}',
  subprocessors: {
    caption: 'Vem som får dina personuppgifter',
    recipient: 'Mottagare',
    company: 'Företag',
    role: 'Roll',
    dataReceived: 'Uppgifter de får',
    when: 'När',
    atDeregistration: 'När du avregistrerar dig',
    namedPerBooking: 'Namnges i varje bokning',
  },
  update: {
    heading: 'Vi har uppdaterat vår integritetspolicy',
    intro: 'Det här har ändrats sedan du senast tog del av den:',
    readPolicy: 'Läs hela integritetspolicyn',
    acknowledge: 'Jag har tagit del av ändringarna',
  },
  retention: {
    untilLogin: 'Dina personuppgifter sparas till {{date}} om du inte loggar in igen.',
    loginExtends: 'Varje gång du loggar in räknas tre nya år från inloggningen.',
    deregistered: 'Ditt konto är avregistrerat. Dina personuppgifter tas bort {{date}}.',
    salesRecordsKept: 'Uppgifter om köp sparas så länge bokföringslagen kräver, i sju år efter räkenskapsårets slut.',
  },
} as const;

export const policyEn: MessageTree<typeof policySv> = {
  contents: 'Contents',
  versionLabel: 'Version',
  effectiveDateLabel: 'Effective from',
  print: 'Print',
  filledInByProject: 'Filled in by the project; Loggamera confirms the content.',
  headingAddedByProject: 'The heading was added by the project.',
  whatChanged: 'What has changed',
  changesInVersion: 'Version {{version}}, effective from {{date}}',
  subprocessors: {
    caption: 'Who receives your personal data',
    recipient: 'Recipient',
    company: 'Company',
    role: 'Role',
    dataReceived: 'Data they receive',
    when: 'When',
    atDeregistration: 'When you deregister',
    namedPerBooking: 'Named in each booking',
  },
  update: {
    heading: 'We have updated our privacy policy',
    intro: 'This is what has changed since you last read it:',
    readPolicy: 'Read the whole privacy policy',
    acknowledge: 'I have read the changes',
  },
  retention: {
    untilLogin: 'Your personal data is kept until {{date}} unless you log in again.',
    loginExtends: 'Each time you log in, three new years are counted from that login.',
    deregistered: 'Your account is deregistered. Your personal data will be removed on {{date}}.',
    salesRecordsKept:
      'Records of purchases are kept as long as the Bookkeeping Act requires: seven years after the end of the fiscal year.',
  },
};
