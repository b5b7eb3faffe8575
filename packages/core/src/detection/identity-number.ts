// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer):
// a real date (coordination numbers add 60 to the day) and the Luhn check digit over the last ten
// digits. Organisation numbers have a month of 20 or more, so they never pass the date check.

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function luhn(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let d = ten.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether the digits (10 or 12 of them, nothing else) form a valid personal identity or coordination number. */
export function isPersonalIdentityNumber(digits: string): boolean {
  if (digits.length === 12) {
    const century = digits.slice(0, 2);
    if (century !== '18' && century !== '19' && century !== '20') return false;
    return isPersonalIdentityNumber(digits.slice(2)) && isRealYear(Number(digits.slice(0, 4)), digits);
  }
  if (digits.length !== 10) return false;
  const month = Number(digits.slice(2, 4));
  let day = Number(digits.slice(4, 6));
  if (day > 60) day -= 60;
  if (month < 1 || month > 12 || day < 1 || day > (daysInMonth[month - 1] ?? 0)) return false;
  return luhn(digits);
}

function isRealYear(year: number, digits: string): boolean {
  if (year > new Date().getFullYear()) return false;
  const month = Number(digits.slice(4, 6));
  let day = Number(digits.slice(6, 8));
  if (day > 60) day -= 60;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}
