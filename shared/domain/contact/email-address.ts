// A plain e-mail address check (RFC 5322 is wider, but an agency's customers have ordinary
// addresses): one @, no spaces or brackets, a dot in the domain, no two dots in a row.
const ADDRESS = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/;

export function isValidEmail(address: string): boolean {
  return ADDRESS.test(address) && !address.includes('..');
}
