import { codeAt, isDigit, isLetter } from './chars';
import { FIRST, getLexicon, isRuleSurname, SURNAME } from './lexicon';
import { endsLikeRole, flagsAt, isOrganisationWord, isThingWord } from './names';
import { finding, type PersonalDataFinding } from './types';

// Local parts that name a role rather than a person: such an address is not tied to a living person,
// so it is reported below the default threshold. (Words names.ts reads as an organisation's, a role's
// or a thing's need no place here: support, service, jour, kontoret, kyl … were cut in the fourteenth
// session, a test keeps them roles. A local part of one word that looks like no person's is a role's
// without a list since the sixteenth session, see `isPersonLike`: the words here are the ones read in
// local parts of more words, "drift.norr@", "it-drift@", "fastighet.kumla@", or short ones, "hr@".
// The twenty-sixth session cut eleven whose absence, each taken out in turn, changed no finding on
// dev–323: laskut, vaxel, estates, gdpr, kost, fritid, bostad, help, trafik, marina, skola.)
const roleLocalParts = new Set(
  'info order faktura invoice invoices larm drift admin noreply no-reply felanmalan kundtjanst reception vaktmastare fastighet sales hr styrelse booking bookings billing it imd facilities ops maintenance alerts inkop dpo staff rektor dso pastorsexp brf kok noc lokalvard exp hemtjanst verkstad landlord hse ehs gis vip konferens entrance ovk events lager qa kiosk hgf labb spa hamn va marknad agare hej personal housekeeping jobb leverans inleverans utleverans brand lokaler fysik reklamation passerkort lon forare fornamn firstname dispatch rapport'.split(
    ' ',
  ),
);

/**
 * A role's word (with å, ä and ö as a, a and o): listed, or one that ends like a Swedish noun of an activity or an office (or "-care"),
 * as hardly any name does ("laddning", "valberedningen", "vaktmasteri", "ordforande", "customercare"; not "henning":
 * -nning is left out).
 */
const isRoleWord = (word: string) =>
  roleLocalParts.has(word) ||
  /^[a-z]{2,}(?:[^n]ning(?:en)?|ering|steri|ande|care|heten)$/.test(word) ||
  isRoleCompound(word);

/**
 * A role's word of four letters or more, then four letters more, or the other way round:
 * "larmcentral", "driftjour", "kulturmiljo".
 */
function isRoleCompound(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  for (let k = 4; k <= word.length - 4; k += 1) {
    if (roleLocalParts.has(word.slice(0, k)) || roleLocalParts.has(word.slice(k))) return true;
  }
  return false;
}

/**
 * A local part of one word that may be a person's: digits in it or at most three letters ("bengan51",
 * "mk"), a first name starting it ("kallenordstrom"), a name ending it after at most two initials
 * ("lgbjorklund"), or two consonants no word starts with, an initial's ("bmiller", "jreed").
 * Other one-word local parts are a role's, a place's or a thing's ("kyla", "avfall", "furuliden").
 */
function isPersonLike(w: string): boolean {
  if (/\d|^.{0,3}$|^(?![bcdfgkpt][lr]|s|.[hjv]|[gk]n)[^aeiouyåäö]{2}/.test(w)) return true;
  for (let k = 0; k < w.length; k += 1) {
    const rest = w.slice(k);
    if (
      (k > 2 && (getLexicon().get(w.slice(0, k)) ?? 0) & FIRST) ||
      (k < 3 && rest.length > 3 && ((getLexicon().get(rest) ?? 0) & (FIRST | SURNAME) || isRuleSurname(rest)))
    )
      return true;
  }
  return false;
}

function isLocalChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

function isDomainChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 46;
}

/** Where the next "(at)" or "[at]" (written to fool address harvesters) starts at or after `from`, or -1. */
function nextSpelledAt(text: string, from: number): number {
  const round = text.indexOf('(at)', from);
  const square = text.indexOf('[at]', from);
  return round < 0 ? square : square < 0 ? round : Math.min(round, square);
}

/** Finds e-mail addresses: every '@' is looked at once, and each character is read at most twice. */
export function findEmails(text: string, out: PersonalDataFinding[]): void {
  let from = 0;
  let floor = 0; // nothing before this is read again
  // the next '@' and the next "(at)", each searched for again only once passed: linear in the text
  let sign = text.indexOf('@');
  let spelled = nextSpelledAt(text, 0);
  for (;;) {
    if (sign >= 0 && sign < from) sign = text.indexOf('@', from);
    if (spelled >= 0 && spelled < from) spelled = nextSpelledAt(text, from);
    const at = sign < 0 ? spelled : spelled < 0 ? sign : Math.min(sign, spelled);
    if (at < 0) return;
    // "m.lind(at)brfeken.se": the domain starts after the ')'
    const domainStart = codeAt(text, at) === 64 ? at + 1 : at + 4;
    from = domainStart;
    let start = at;
    while (start > floor && isLocalChar(codeAt(text, start - 1))) start -= 1;
    while (start < at && codeAt(text, start) === 46) start += 1;
    let end = domainStart;
    while (end < text.length && isDomainChar(codeAt(text, end))) end += 1;
    while (end > domainStart && (codeAt(text, end - 1) === 46 || codeAt(text, end - 1) === 45)) end -= 1;
    floor = Math.max(floor, end, domainStart);
    if (start === at || end === domainStart) continue;
    const domain = text.slice(domainStart, end);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || domain.length - dot - 1 < 2) continue;
    const tld = domain.slice(dot + 1);
    if (!/^[a-zA-Z]{2,}$/.test(tld) && !/^xn--/.test(tld)) continue;
    const local = text.slice(start, at);
    // "it-drift", "drift.nord": a role word first or last makes it a role's address too
    // ("drift2@": a role's address, numbered)
    // (å, ä and ö as a, a and o: "säkerhet@" and "sakerhet@" are one word)
    const lowerLocal = local.toLowerCase().replace(/\d+$/, '').replace(/[åä]/g, 'a').replace(/ö/g, 'o');
    const parts = lowerLocal.split(/[-._]/);
    const isRole =
      isRoleWord(lowerLocal) ||
      // (one word at a mail service for private persons is a person's: "edragoumi@yahoo.gr")
      (parts.length === 1 &&
        !isPersonLike(local.toLowerCase()) &&
        !/^((g|hot)mail|yahoo|outlook|icloud)\./i.test(domain)) ||
      // "kyrkogardsforvaltningen@", "hyresgastforeningen.lokal4@": an office of an organisation;
      // "driftjour@": a duty service
      /(?:forvaltningen|foreningen|expeditionen|kansliet|kontoret|jour)(?:[._-]|$)/.test(lowerLocal) ||
      (parts.length > 1 &&
        (isRoleWord(parts[0] as string) || isRoleWord(parts[parts.length - 1] as string)) &&
        // (a part that is a surname or a first name makes it a person's: "m.andersson.bostad@",
        // "kiosken.liselott@")
        !parts.some(
          (part) => (part.length >= 5 && isRuleSurname(part)) || ((getLexicon().get(part) ?? 0) & FIRST) !== 0,
        ));
    // "forskolan.solrosen@", "lagerchef.orebro@", "restaurang@": a part named like a place, a thing, a
    // role or an office, and no part a first name ("anna.lindgard@" is Anna's)
    let isNamedThing = false;
    if (!isRole) {
      let p = start;
      for (const part of parts) {
        const e = p + part.length;
        // (the part as written, not folded: "björn.skolan@" is Björn's)
        if (flagsAt(text, p) & FIRST) {
          isNamedThing = false;
          break;
        }
        if (isThingWord(text, p, e) || endsLikeRole(text, p, e) || isOrganisationWord(text, p, e)) isNamedThing = true;
        p = e + 1;
      }
    }
    out.push(finding('email', text, start, end, isRole || isNamedThing ? 0.4 : 0.95));
  }
}
