import type { PrivacyPolicyDocument } from './types';

// Loggamera's privacy policy as given in ../shared/seed (the source of truth), with obvious slips fixed
// (each listed in `policyTextCorrections`) and the three lists lost from the seed filled in by the
// project (`isFilledInByProject: true`) until Loggamera confirms or corrects them.
export const privacyPolicySv = {
  locale: 'sv',
  title: 'Loggameras integritetspolicy',
  sections: [
    {
      id: 'personal-data',
      heading: 'Vilka personuppgifter sparar vi?',
      isHeadingAddedByProject: true,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera lagrar vissa personuppgifter, d v s uppgifter som kan direkt eller indirekt knytas till en levande person. T ex sparar vi ditt namn och kontaktuppgifter när du skapar ett användarkonto hos oss. Vi sparar dock aldrig fler personuppgifter än det som är nödvändigt för följande ändamål:',
        },
        {
          kind: 'list',
          id: 'purposes',
          isFilledInByProject: true,
          items: [
            'Att skapa och administrera ditt användarkonto och låta dig logga in i webbportalen.',
            'Att övervaka de anläggningar som är kopplade till ditt konto och skicka larm och rapporter om dem.',
            'Att hantera bokningar och köp av övervakning, inklusive installationen på plats, fakturering och betalning.',
            'Att ge dig support och kontakta dig om ditt konto, dina övervakningar och dina förfrågningar.',
            'Att skicka nyhetsbrev och erbjudanden, om du har gett oss tillåtelse till det.',
            'Att uppfylla krav i lag, till exempel bokföringslagen.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'För att göra ovanstående sparar vi följande personuppgifter om dig själv:',
        },
        {
          kind: 'list',
          id: 'personal-data-kept',
          isFilledInByProject: true,
          items: [
            'Namn.',
            'E-postadress och telefonnummer.',
            'Användarnamn och lösenord (lösenordet sparas aldrig i klartext).',
            'Företag eller organisation som du företräder, om du anger det.',
            'Installationsadress för de övervakningar du bokar.',
            'Faktureringsuppgifter: fakturaadress och, för företag, organisationsnummer.',
            'Dina val för utskick av larm, rapporter och nyhetsbrev.',
            'Tidpunkten då du senast var inloggad.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Vi lagrar inga andra uppgifter än ovanstående, förutom i följande undantagsfall:',
        },
      ],
    },
    {
      id: 'free-text-fields',
      heading: 'Fritext-inmatningsfält',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'När du fyller i detaljerna om en anläggning som övervakas, kommer du att se anvisningar om att inga uppgifter som kan knytas till en levande person ska skrivas i inmatningsfält som inte är avsedda för personuppgifter. Det är viktigt att dessa anvisningar följs utan undantag. Annars blir det svårt för oss att hantera uppgifterna korrekt.',
        },
        {
          kind: 'paragraph',
          text: 'Har du av misstag skrivit en personuppgift på fel ställe så kan Loggameras kundtjänst hjälpa dig att ta bort uppgiften.',
        },
      ],
    },
    {
      id: 'retention',
      heading: 'Hur länge sparas personuppgifter, och hur får man bort uppgifterna?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Personuppgifter som du matar in eller överför till Loggamera sparas från tidpunkten då du aktivt godkände att bli en registrerad användare hos Loggamera till dess att du avregistrerar dig, dock högst tre år efter du senast var inloggad.',
        },
        {
          kind: 'paragraph',
          text: 'Du avregistrerar dig genom att kontakta Loggameras support med information om vilket eller vilka konton som ska raderas. Vi kommer då att kontakta dig och bekräfta din förfrågan innan vi avregistrerar ditt konto och tar bort alla personuppgifter som är kopplade till kontot, förutom ev. uppgifter om försäljningstransaktioner som vi måste spara en viss tid enligt lag.',
        },
      ],
    },
    {
      id: 'third-parties',
      heading: 'Skickar Loggamera personuppgifter till tredje part?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'När du köper eller bokar en övervakning från Loggamera så skickar vi adress- och kontaktuppgifterna vidare till den installatör som levererar den fysiska installationen. Du kommer alltid att få veta namnet på installatören innan bokningen verkställs.',
        },
        {
          kind: 'paragraph',
          text: 'Förutom installatör skickar vi information till vårt Externa bokföringssystem och i fall med online-köp till Betalsystemet vid slutförandet av varje köp, så de kan hantera betalningstransaktionen. Följande personuppgifter kan skickas:',
        },
        {
          kind: 'list',
          id: 'data-sent-to-bookkeeping-and-payment',
          isFilledInByProject: true,
          items: [
            'Namn.',
            'E-postadress och telefonnummer.',
            'Fakturaadress och, för företag, organisationsnummer.',
            'Installationsadress.',
            'Vad du har köpt eller bokat, med belopp, datum och order- eller fakturanummer.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Vid behov kan Externa betalsystemet kräva att du matar in andra uppgifter under din betalningstransaktion, som sker via en krypterad direktanslutning mellan din webbläsare och Externa betalsystemets server. I så fall kräver de bara sådana uppgifter som erfordras för att hantera din betalning, och de sparar uppgifterna bara så länge som lagen kräver.',
        },
        {
          kind: 'paragraph',
          text: 'Den dag du avregistrerar ditt användarkonto hos Loggamera ser vi till att dina personuppgifter som ev. lagrats hos Externa bokföringssystemet och Externa betalsystemet raderas, förutom sådana uppgifter som måste sparas en viss tid enligt lag.',
        },
        {
          kind: 'paragraph',
          text: 'Om du gett oss tillåtelse att skicka larm/rapport-uppdateringar och nyhetsbrev med erbjudanden till dig (Se avsnittet ”Mailutskick”, nedan.) skickas din e-mailadress till Extern nyhetsbrevstjänst, som står för utskicket av våra nyhetsbrev.',
        },
        {
          kind: 'paragraph',
          text: 'Vi sprider inte dina personuppgifter eller annan information om dig till någon annan än de ovannämnda parterna utan ditt samtycke.',
        },
      ],
    },
    {
      id: 'storage',
      heading: 'Var lagras uppgifterna?',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Uppgifterna lagras i databaser och loggfiler på Loggameras dedikerade virtuella servrar hos den svenska Hostingleverantören. Samma maxtider gäller för loggfilerna som för databaserna (Se ovan.). Uppgifter som skickas vidare till underleverantörer enligt ovanstående beskrivning lagras i andra databaser och loggfiler hos dessa företag.',
        },
      ],
    },
    {
      id: 'mailings',
      heading: 'Mailutskick',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Med din tillåtelse kan det hända att vi skickar olika kategorier av information till dig via e-mail, SMS eller telefon. Exempel på information som kan skickas är statusuppgifter kring dina aktuella övervakningar, systemrapporter, nyhetsbrev och erbjudanden. Du kan själv ange om du vill ta emot denna information på inställningssidan i webbportalen.',
        },
      ],
    },
    {
      id: 'cookies',
      heading: 'Cookies',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'En cookie är information som lagras på din dator av din webbläsare. Vi använder cookies för att hålla reda på din inloggning och för att spara dina egna inställningar på loggamera.se. Cookien är anonym och innehåller ingen personlig information.',
        },
      ],
    },
    {
      id: 'correction',
      heading: 'Korrigering av felaktiga personuppgifter',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera har rätt att korrigera personliga data i enlighet med tillämplig lagstiftning och du har rätt att få uppgifter om dig korrigerade. Du gör det enklast genom att kontakta vår support.',
        },
      ],
    },
    {
      id: 'future-changes',
      heading: 'Framtida ändringar',
      isHeadingAddedByProject: false,
      blocks: [
        {
          kind: 'paragraph',
          text: 'Loggamera förbehåller sig rätten att göra ändringar i denna integritetspolicy i den utsträckning ändringarna är nödvändiga för att åtgärda störningar eller för att uppfylla nya legala eller tekniska krav. Alla ändringar av denna integritetspolicy kommer att publiceras på denna sida.',
        },
      ],
    },
    {
      id: 'references',
      heading: 'Referenser',
      isHeadingAddedByProject: false,
      blocks: [{ kind: 'subprocessors' }],
    },
  ],
  closing: 'Välkommen att kontakta oss för ytterligare upplysningar.',
} as const satisfies PrivacyPolicyDocument;
