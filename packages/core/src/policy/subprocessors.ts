import type { PrivacyLocale } from '../i18n/types';
import type { LocalizedText } from './types';

/** The stable id of each party that receives personal data from Loggamera. */
export type SubprocessorId = 'bookkeeping' | 'payment' | 'newsletter' | 'hosting' | 'installer';

/** The fields of a subprocessor that describe what it gets and what happens to it. */
export type SubprocessorField = 'role' | 'dataReceived' | 'when' | 'atDeregistration';

/** A party that receives personal data, as the policy describes it, in both languages. */
export interface Subprocessor {
  readonly id: SubprocessorId;
  /** The company, or `null` for the installer, who is named in each booking instead. */
  readonly company: string | null;
  /** What the policy calls this party ("Externa bokföringssystemet"), or how the party is named in a table. */
  readonly name: LocalizedText;
  /** True for the installer: a different company per booking, named to the user before the booking is made. */
  readonly isNamedPerBooking: boolean;
  readonly role: LocalizedText;
  readonly dataReceived: Readonly<Record<PrivacyLocale, readonly string[]>>;
  readonly when: LocalizedText;
  readonly atDeregistration: LocalizedText;
  /** Fields the policy text does not state, filled in by the project for Loggamera to confirm. */
  readonly filledInByProject: readonly SubprocessorField[];
}

/** A subprocessor with every text in one language, ready to render. */
export interface LocalizedSubprocessor {
  readonly id: SubprocessorId;
  readonly company: string | null;
  readonly name: string;
  readonly isNamedPerBooking: boolean;
  readonly role: string;
  readonly dataReceived: readonly string[];
  readonly when: string;
  readonly atDeregistration: string;
  readonly filledInByProject: readonly SubprocessorField[];
}

// Drawn from the sections "Skickar Loggamera personuppgifter till tredje part?", "Var lagras uppgifterna?"
// and "Referenser". The seed names the host "City Networks"; the company is City Network (fixed, see
// policyTextCorrections). The data lists follow the list the project filled in for bookkeeping and payment.
// The policy's lost list "Följande personuppgifter kan skickas:" (filled in by the project): the same
// data goes to the bookkeeping and the payment system at the end of each purchase.
const purchaseData: Subprocessor['dataReceived'] = {
  sv: [
    'Namn.',
    'E-postadress och telefonnummer.',
    'Fakturaadress och, för företag, organisationsnummer.',
    'Installationsadress.',
    'Vad du har köpt eller bokat, med belopp, datum och order- eller fakturanummer.',
  ],
  en: [
    'Name.',
    'Email address and phone number.',
    'Billing address and, for companies, the corporate identity number.',
    'Installation address.',
    'What you bought or booked, with amount, date and order or invoice number.',
  ],
};

/** Every party that receives personal data, in the order the policy names them. */
export const subprocessors: readonly Subprocessor[] = [
  {
    id: 'installer',
    company: null,
    name: { sv: 'Installatören (namnges i varje bokning)', en: 'The installer (named in each booking)' },
    isNamedPerBooking: true,
    role: {
      sv: 'Levererar den fysiska installationen av en övervakning du köper eller bokar.',
      en: 'Carries out the physical installation of monitoring you buy or book.',
    },
    dataReceived: {
      sv: ['Installationsadress.', 'Namn, e-postadress och telefonnummer till kontaktpersonen.'],
      en: ['Installation address.', 'Name, email address and phone number of the contact person.'],
    },
    when: {
      sv: 'När du köper eller bokar en övervakning. Du får alltid veta installatörens namn innan bokningen verkställs.',
      en: 'When you buy or book monitoring. You are always told the installer’s name before the booking is carried out.',
    },
    atDeregistration: {
      sv: 'Loggamera tar bort uppgifterna hos sig. Installatören har fått dem för att utföra installationen; vill du att de tas bort även där hjälper Loggameras support dig.',
      en: 'Loggamera removes the data on its side. The installer received it to carry out the installation; if you want it removed there too, Loggamera’s support will help you.',
    },
    filledInByProject: ['dataReceived', 'atDeregistration'],
  },
  {
    id: 'bookkeeping',
    company: 'Visma SPCS',
    name: { sv: 'Externa bokföringssystemet', en: 'External bookkeeping system' },
    isNamedPerBooking: false,
    role: {
      sv: 'Loggameras bokföringssystem, för fakturor och bokföring av varje köp.',
      en: 'Loggamera’s bookkeeping system, for invoices and the accounts of each purchase.',
    },
    dataReceived: purchaseData,
    when: { sv: 'När varje köp slutförs.', en: 'When each purchase is completed.' },
    atDeregistration: {
      sv: 'Raderas den dag du avregistrerar dig, förutom uppgifter om försäljningstransaktioner som bokföringslagen kräver att vi sparar (sju år).',
      en: 'Deleted on the day you deregister, except records of sales transactions that the Bookkeeping Act requires us to keep (seven years).',
    },
    filledInByProject: ['dataReceived'],
  },
  {
    id: 'payment',
    company: 'PayPal',
    name: { sv: 'Externa betalsystemet', en: 'External payment system' },
    isNamedPerBooking: false,
    role: {
      sv: 'Hanterar betalningen vid online-köp. Kan be dig om fler uppgifter under betalningen, via en krypterad direktanslutning från din webbläsare.',
      en: 'Handles the payment of online purchases. May ask you for more details during the payment, over an encrypted direct connection from your browser.',
    },
    dataReceived: purchaseData,
    when: {
      sv: 'När ett online-köp slutförs.',
      en: 'When an online purchase is completed.',
    },
    atDeregistration: {
      sv: 'Raderas den dag du avregistrerar dig, förutom uppgifter som måste sparas en viss tid enligt lag.',
      en: 'Deleted on the day you deregister, except data that must be kept for a certain time by law.',
    },
    filledInByProject: ['dataReceived'],
  },
  {
    id: 'newsletter',
    company: 'Mailchimp',
    name: { sv: 'Extern nyhetsbrevstjänst', en: 'External newsletter service' },
    isNamedPerBooking: false,
    role: {
      sv: 'Skickar ut Loggameras nyhetsbrev och larm- och rapportuppdateringar.',
      en: 'Sends out Loggamera’s newsletters and alarm and report updates.',
    },
    dataReceived: { sv: ['E-postadress.'], en: ['Email address.'] },
    when: {
      sv: 'Om och när du har gett oss tillåtelse till utskick (se ”Mailutskick”).',
      en: 'If and when you have given us permission to send you mailings (see “Mailings”).',
    },
    atDeregistration: {
      sv: 'Din e-postadress tas bort från utskickslistan.',
      en: 'Your email address is removed from the mailing list.',
    },
    filledInByProject: ['atDeregistration'],
  },
  {
    id: 'hosting',
    company: 'City Network',
    name: { sv: 'Svenska Hostingleverantören', en: 'Swedish hosting provider' },
    isNamedPerBooking: false,
    role: {
      sv: 'Driver Loggameras dedikerade virtuella servrar i Sverige, där databaserna och loggfilerna finns.',
      en: 'Runs Loggamera’s dedicated virtual servers in Sweden, which hold the databases and log files.',
    },
    dataReceived: {
      sv: ['Alla uppgifter som Loggamera lagrar, i databaser och loggfiler.'],
      en: ['All data Loggamera stores, in databases and log files.'],
    },
    when: {
      sv: 'Hela tiden uppgifterna sparas.',
      en: 'For as long as the data is kept.',
    },
    atDeregistration: {
      sv: 'Personuppgifterna tas bort ur databaserna. Loggfiler sparas som längst tre år efter din senaste inloggning, som databaserna.',
      en: 'The personal data is removed from the databases. Log files are kept at most three years after your last login, like the databases.',
    },
    filledInByProject: [],
  },
];

/** Every subprocessor with its texts in `locale`, in the policy's order. */
export function getSubprocessors(locale: PrivacyLocale): readonly LocalizedSubprocessor[] {
  return subprocessors.map((s) => ({
    id: s.id,
    company: s.company,
    name: s.name[locale],
    isNamedPerBooking: s.isNamedPerBooking,
    role: s.role[locale],
    dataReceived: s.dataReceived[locale],
    when: s.when[locale],
    atDeregistration: s.atDeregistration[locale],
    filledInByProject: s.filledInByProject,
  }));
}

/** One subprocessor by id, e.g. `getSubprocessor('payment')`; throws on an unknown id. */
export function getSubprocessor(id: SubprocessorId): Subprocessor {
  const found = subprocessors.find((s) => s.id === id);
  if (!found)
    throw new RangeError(`Unknown subprocessor id "${id}". Known: ${subprocessors.map((s) => s.id).join(', ')}.`);
  return found;
}
