/**
 * "1 conflict", "2 conflicts": every count Fact Desk prints goes through here, so none reads
 * "conflict(s)". `many` is for words that do not just take an "s" ("1 person", "3 people").
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
