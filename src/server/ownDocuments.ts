/**
 * Fact Desk's own documents (its reports, the files under `.factdesk/`) are never checked as drafts:
 * a report quotes every claim it lists, and checking it would double every finding. Recognised by
 * name, and by the marker the report writes near its top, so a renamed report stays excluded.
 * Plain data and string work only: used by the server, the extension's "Check All" and the CLI.
 */

/** The marker every report carries in its first lines (an HTML comment: invisible in Markdown and HTML). */
export const REPORT_MARKER = '<!-- factdesk:report -->';

/**
 * The marker Fact Desk's own documentation carries (docs/*.md, opened from the Problems panel's
 * links): it quotes example claims, right and wrong, and is not a draft.
 */
export const DOCUMENT_MARKER = '<!-- factdesk:not-a-draft -->';

/** How many lines from the top the marker is looked for in. */
export const MARKER_LINES = 5;

/** File names reports get (Fact Desk's own and the older `*.fact-check.md`), matched case-insensitively. */
const REPORT_NAME = /(?:\.fact-?check\.(?:md|markdown|html?)|^fact-?check-report[^/]*\.(?:md|markdown|html?))$/i;

/** Folders whose files are Fact Desk's own: the workspace's `.factdesk/` and the default report folder. */
export const OWN_FOLDERS = ['.factdesk', 'fact-check-reports'] as const;

/** True when a path or URI names one of Fact Desk's own documents (a report, or a file under `.factdesk/` or `fact-check-reports/`). */
export function isOwnDocumentName(pathOrUri: string): boolean {
  const path = decodeSafely(pathOrUri.replace(/[?#].*$/, '')).replace(/\\/g, '/');
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  if (segments.slice(0, -1).some((segment) => (OWN_FOLDERS as readonly string[]).includes(segment.toLowerCase())))
    return true;
  return REPORT_NAME.test(name);
}

/** The first {@link MARKER_LINES} lines of `text`, where the markers are looked for. */
function topLines(text: string): string {
  let end = -1;
  for (let line = 0; line < MARKER_LINES; line++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) break;
  }
  return end < 0 ? text : text.slice(0, end);
}

/** True when `text` carries the report marker (or the documentation's) in its first {@link MARKER_LINES} lines. */
export function hasReportMarker(text: string): boolean {
  const top = topLines(text);
  return top.includes(REPORT_MARKER) || top.includes(DOCUMENT_MARKER);
}

/** Why a document is not checked as a draft, or undefined when it may be: by name first, then by a marker. */
export function ownDocumentReason(pathOrUri: string, text?: string): string | undefined {
  if (isOwnDocumentName(pathOrUri)) return 'a Fact Desk report or workspace file (by its name)';
  if (text === undefined) return undefined;
  const top = topLines(text);
  if (top.includes(REPORT_MARKER)) return `a Fact Desk report (it carries ${REPORT_MARKER})`;
  if (top.includes(DOCUMENT_MARKER)) return `Fact Desk's documentation (it carries ${DOCUMENT_MARKER})`;
  return undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
