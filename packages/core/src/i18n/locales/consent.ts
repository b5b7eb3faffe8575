import type { MessageTree } from '../types';

// Texts of the cookie notice, the reopen control and the consent settings page. Third parties are
// named by role ("the newsletter service"); the company behind a role is data the host passes in.
export const consentSv = {
  notice: {
    title: 'Cookies och ditt samtycke',
    intro: 'Vi använder alltid de cookies som behövs för inloggningen och dina egna inställningar.',
    introOptional: 'Med ditt tillstånd använder vi också cookies för:',
    introNoOptional: 'Andra cookies använder vi inte. Säg gärna vad du väljer, så frågar vi inte igen.',
    policyChanged: 'Vår integritetspolicy har ändrats sedan du valde senast. Välj gärna igen.',
    expired: 'Det har gått ett år sedan du valde senast. Välj gärna igen.',
    newPurposes: 'Vi har lagt till nya kategorier sedan du valde senast. Välj gärna igen.',
    withdraw: 'Du kan ändra eller återkalla ditt val när som helst med knappen ”Cookieinställningar”.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    settings: 'Inställningar',
    saveChoices: 'Spara mina val',
    choicesLegend: 'Välj vilka cookies vi får använda',
    alwaysOn: 'Alltid på',
    close: 'Stäng utan att välja',
  },
  reopen: 'Cookieinställningar',
  purposes: {
    necessary: {
      title: 'Nödvändiga',
      description:
        'Håller reda på din inloggning och sparar dina egna inställningar, bland annat det här valet. Cookien är anonym och innehåller inga personuppgifter.',
    },
    preferences: {
      title: 'Anpassning',
      description: 'Kommer ihåg val som gör webbplatsen bekvämare, till exempel språk.',
    },
    analytics: {
      title: 'Statistik',
      description: 'Visar hur webbplatsen används, så att vi kan förbättra den.',
    },
    marketing: {
      title: 'Marknadsföring',
      description: 'Visar våra erbjudanden på andra webbplatser.',
    },
  },
  thirdParties: {
    'newsletter-service': 'nyhetsbrevstjänsten',
    'analytics-service': 'statistiktjänsten',
    'advertising-service': 'annonstjänsten',
    withName: '{{role}} ({{name}})',
    involves: 'Lämnas till {{thirdParty}}.',
    emailInvolves: 'Din e-postadress lämnas till {{thirdParty}}, som gör utskicket.',
  },
  communication: {
    categories: {
      'status-updates': {
        title: 'Statusuppdateringar',
        description: 'Larm och status för dina aktuella övervakningar.',
      },
      'system-reports': {
        title: 'Systemrapporter',
        description: 'Rapporter om dina system och mätningar.',
      },
      newsletters: {
        title: 'Nyhetsbrev',
        description: 'Nyheter från Loggamera.',
      },
      offers: {
        title: 'Erbjudanden',
        description: 'Erbjudanden på produkter och tjänster.',
      },
    },
    channels: {
      email: 'E-post',
      sms: 'SMS',
      phone: 'Telefon',
    },
    choiceLabel: '{{category}} via {{channel}}',
  },
  settings: {
    title: 'Samtycke och utskick',
    cookiesLegend: 'Cookies',
    cookiesHint: 'Nödvändiga cookies är alltid på. Alla andra är avstängda tills du väljer dem.',
    communicationLegend: 'Utskick',
    communicationHint:
      'Välj vad vi får skicka dig och hur. Allt är avstängt tills du väljer. Du kan ändra dig när du vill.',
    save: 'Spara mina val',
    undo: 'Ångra ändringarna',
    withdrawAll: 'Återkalla allt',
    withdrawAllHint: 'Stänger av alla cookies utom de nödvändiga och alla utskick.',
    loading: 'Hämtar dina val…',
    saving: 'Sparar…',
    saved: 'Dina val är sparade.',
    withdrawn: 'Allt är återkallat. Vi använder bara nödvändiga cookies och skickar inget.',
    lastSaved: 'Senast sparat {{date}}, enligt integritetspolicyn version {{version}}.',
    neverSaved: 'Du har inte gjort några val ännu. Integritetspolicyns version: {{version}}.',
    outdated: 'Dina val gjordes enligt en äldre version av integritetspolicyn. Spara dem igen för att bekräfta.',
    loadError: 'Dina sparade val kunde inte hämtas. Det som visas är valen i den här webbläsaren.',
    saveError: 'Dina val kunde inte sparas. Det du valt finns kvar, så du kan försöka igen.',
    unsavedChanges: 'Du har ändringar som inte är sparade.',
  },
} as const;

export const consentEn: MessageTree<typeof consentSv> = {
  notice: {
    title: 'Cookies and your consent',
    intro: 'We always use the cookies needed for your login and your own settings.',
    introOptional: 'With your permission we also use cookies for:',
    introNoOptional: 'We use no other cookies. Please tell us your choice, so we do not ask again.',
    policyChanged: 'Our privacy policy has changed since you last chose. Please choose again.',
    expired: 'It has been a year since you last chose. Please choose again.',
    newPurposes: 'We have added new categories since you last chose. Please choose again.',
    withdraw: 'You can change or withdraw your choice at any time with the “Cookie settings” button.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    settings: 'Settings',
    saveChoices: 'Save my choices',
    choicesLegend: 'Choose which cookies we may use',
    alwaysOn: 'Always on',
    close: 'Close without choosing',
  },
  reopen: 'Cookie settings',
  purposes: {
    necessary: {
      title: 'Necessary',
      description:
        'Keep track of your login and save your own settings, including this choice. The cookie is anonymous and holds no personal data.',
    },
    preferences: {
      title: 'Preferences',
      description: 'Remember choices that make the site more convenient, such as language.',
    },
    analytics: {
      title: 'Statistics',
      description: 'Show how the site is used, so that we can improve it.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Show our offers on other websites.',
    },
  },
  thirdParties: {
    'newsletter-service': 'the newsletter service',
    'analytics-service': 'the statistics service',
    'advertising-service': 'the advertising service',
    withName: '{{role}} ({{name}})',
    involves: 'Shared with {{thirdParty}}.',
    emailInvolves: 'Your e-mail address is given to {{thirdParty}}, which sends it.',
  },
  communication: {
    categories: {
      'status-updates': {
        title: 'Status updates',
        description: 'Alarms and the status of your current monitoring.',
      },
      'system-reports': {
        title: 'System reports',
        description: 'Reports on your systems and measurements.',
      },
      newsletters: {
        title: 'Newsletters',
        description: 'News from Loggamera.',
      },
      offers: {
        title: 'Offers',
        description: 'Offers on products and services.',
      },
    },
    channels: {
      email: 'E-mail',
      sms: 'SMS',
      phone: 'Phone',
    },
    choiceLabel: '{{category}} by {{channel}}',
  },
  settings: {
    title: 'Consent and communication',
    cookiesLegend: 'Cookies',
    cookiesHint: 'Necessary cookies are always on. All others are off until you choose them.',
    communicationLegend: 'Communication',
    communicationHint:
      'Choose what we may send you and how. Everything is off until you choose. You can change your mind at any time.',
    save: 'Save my choices',
    undo: 'Undo changes',
    withdrawAll: 'Withdraw everything',
    withdrawAllHint: 'Turns off every cookie except the necessary ones, and all communication.',
    loading: 'Loading your choices…',
    saving: 'Saving…',
    saved: 'Your choices are saved.',
    withdrawn: 'Everything is withdrawn. We use only necessary cookies and send you nothing.',
    lastSaved: 'Last saved {{date}}, under privacy policy version {{version}}.',
    neverSaved: 'You have not made any choices yet. Privacy policy version: {{version}}.',
    outdated: 'Your choices were made under an older version of the privacy policy. Save them again to confirm.',
    loadError: 'Your saved choices could not be loaded. What you see are the choices kept in this browser.',
    saveError: 'Your choices could not be saved. What you chose is still here, so you can try again.',
    unsavedChanges: 'You have changes that are not saved.',
  },
};
