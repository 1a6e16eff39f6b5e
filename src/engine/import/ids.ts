/** Ids of proposed records: a slug of a name or words ("Jane Roe" -> "jane-roe"). */

/** Lower-case ASCII words joined by hyphens, accents and apostrophes dropped; "x" when nothing is left. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/** The id a proposed person of this name gets. */
export function personId(name: string): string {
  return slug(name);
}
