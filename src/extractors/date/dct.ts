/**
 * Finds the article's own date in a dateline or "Published/Updated" line
 * near the top of the text. Returns ISO YYYY-MM-DD or undefined.
 */
export function findDct(_text: string): string | undefined {
  return undefined;
}
