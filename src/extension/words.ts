/** "1 claim", "2 claims": a count with its noun in the right number; `many` for irregular plurals ("1 person", "2 people"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
