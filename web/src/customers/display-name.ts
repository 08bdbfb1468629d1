/**
 * What to call a customer: first and last name, else the email, else the id.
 *
 * @example
 * displayName({ first_name: 'Ann', last_name: null, email: 'ann@x.com', id: 'default_1' }) // => 'Ann'
 */
export function displayName(c: {
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  id: string;
}): string {
  const name = [c.first_name, c.last_name].filter((p) => p !== null && p !== '').join(' ');
  return name !== '' ? name : (c.email ?? c.id);
}
