import type { PrivacyLocale } from '../i18n/types';

/** What the portal may send a user, with their permission (the policy's "Mailutskick"). */
export type CommunicationCategory = 'status-updates' | 'system-reports' | 'newsletters' | 'offers';

/** How the portal may send it. */
export type CommunicationChannel = 'email' | 'sms' | 'phone';

/** Every communication category, in the order the settings page shows them. */
export const communicationCategories: readonly CommunicationCategory[] = [
  'status-updates',
  'system-reports',
  'newsletters',
  'offers',
];

/** Every communication channel, in the order the settings page shows them. */
export const communicationChannels: readonly CommunicationChannel[] = ['email', 'sms', 'phone'];

/** Where a decision was made. */
export type ConsentSource = 'notice' | 'settings' | 'booking-form';

/** What a decision did, as told to the receipt hook. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'choose' | 'withdraw';

/**
 * A third party a choice involves, by role. Texts name the role ("the newsletter service"); the
 * company behind it (Mailchimp) is data the host passes to the components.
 */
export type ConsentThirdParty = string;

/** The purpose every site has and no one can switch off: the login and the user's own settings. */
export const necessaryPurpose = 'necessary';

/** An optional cookie purpose a host adds (a partner site may have analytics). All start off. */
export interface ConsentPurpose {
  /** Lower-case id, also the text key: `consent.purposes.<id>.title` / `.description`. */
  id: string;
  /** The third party this purpose involves, by role (a key under `consent.thirdParties`). */
  thirdParty?: ConsentThirdParty;
}

/** The full matrix of communication choices: `choices.newsletters.email`. */
export type CommunicationChoices = Readonly<
  Record<CommunicationCategory, Readonly<Record<CommunicationChannel, boolean>>>
>;

/** A partial change of choices, as given to `choose`: only what is named changes. */
export interface ConsentChoices {
  /** Optional cookie purposes by id; `necessary` is ignored (always on). */
  purposes?: Readonly<Record<string, boolean>>;
  /** Communication choices by category and channel. */
  communication?: Partial<Record<CommunicationCategory, Partial<Record<CommunicationChannel, boolean>>>>;
}

/**
 * What is stored: no name, no e-mail address, no IP address — only a random id, the policy version,
 * two timestamps, the choices, where they were made and in which language.
 */
export interface ConsentRecord {
  /** Format of the stored value; a value in another format counts as no decision. */
  format: 1;
  /** Random id, so a receipt on the host's backend can be matched to this browser's record. */
  id: string;
  /** The policy version the choices were made under. */
  policyVersion: string;
  /** When the first decision was made (ISO 8601). */
  givenAt: string;
  /** When the choices last changed (ISO 8601). */
  updatedAt: string;
  /** Optional cookie purposes by id, or null while only communication was chosen (e.g. in a booking form). */
  purposes: Readonly<Record<string, boolean>> | null;
  /** The channels chosen per communication category; a category not listed is off. */
  communication: Readonly<Partial<Record<CommunicationCategory, readonly CommunicationChannel[]>>>;
  /** Where the last decision was made. */
  source: ConsentSource;
  /** The language the last decision was made in. */
  locale: PrivacyLocale;
}

/** Why a decision is asked for. */
export type ConsentDecisionReason = 'no-decision' | 'policy-changed' | 'expired' | 'new-purposes';

/** A snapshot of consent. Every change makes a new object. */
export interface ConsentState {
  /** False on the server and while hydrating: nothing is known yet, so nothing is shown or granted. */
  isKnown: boolean;
  /** True when the cookie notice must ask. */
  isDecisionNeeded: boolean;
  /** Why it must ask, or null. */
  decisionReason: ConsentDecisionReason | null;
  /** The stored record (also an outdated one, to prefill the settings), or null. */
  record: ConsentRecord | null;
  /** The policy version the host runs now. */
  policyVersion: string;
  /** The purposes the host configured, `necessary` first. */
  purposeIds: readonly string[];
  /** Which purposes are granted now; optional ones only with a current decision. */
  purposes: Readonly<Record<string, boolean>>;
  /** Which communication is allowed now; everything off without a current record. */
  communication: CommunicationChoices;
}

/** What the receipt hook gets after every decision: enough for a proof of consent on the backend. */
export interface ConsentReceipt {
  action: ConsentAction;
  record: ConsentRecord;
}

/** Where the record is kept. Values are opaque strings; the store validates what it reads. */
export interface ConsentStorage {
  read(): string | null;
  write(value: string): void;
  clear(): void;
  /** Calls `onChange` when another tab (or window) may have changed the value. Returns a stop function. */
  subscribe?(onChange: () => void): () => void;
}

/** Every choice at once, as the settings page edits it: each configured purpose and the whole matrix. */
export interface ConsentSettingsValues {
  purposes: Record<string, boolean>;
  communication: Record<CommunicationCategory, Record<CommunicationChannel, boolean>>;
}

/**
 * How the settings page loads and saves a signed-in user's choices on the host's backend. Both may
 * reject; the page then shows an error and keeps what the user chose.
 */
export interface ConsentSettingsAdapter {
  /** The user's saved choices, or null when the backend has none. */
  load?(): Promise<ConsentChoices | null>;
  /** Saves the choices; `action` says whether the user saved or withdrew everything. */
  save(values: ConsentSettingsValues, action: 'choose' | 'withdraw'): Promise<void>;
}
