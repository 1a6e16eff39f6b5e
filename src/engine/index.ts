/**
 * Fact Desk's engine: finds the claims and quotations in a draft and judges them against a
 * corpus of sourced statements. Pure TypeScript: imports neither `vscode` nor Node built-ins, so
 * the same code runs in the extension host, the browser build, the CLI and plain mocha.
 *
 * Typical use:
 * ```ts
 * const checker = new FactChecker(loadBundledCorpus());
 * const { findings } = checker.check(draftText, { draftDate: '2025-08-18' });
 * ```
 */
export * from './types';
export { FactChecker, draftFormat } from './checker';
export { LineIndex } from './text/lineIndex';
export { defaultSeverity } from './severity';
export { apDate, draftDateOf, formatCitation, formatStatementDate, weekdayOf } from './citation';
export type { CitationOptions, CitationStyle } from './citation';
export { nameOfSpeaker, unknownSpeakerWords } from './speakerName';
export { MONTH_NAMES, WEEKDAY_NAMES, weekdayNameOf } from './text/calendar';
export { venueOf } from './venue';
export type { Venue, VenueKind } from './venue';
export { parseCorpusFile, mergeCorpora, detectFormat, unreadableFileProblem } from './corpus/load';
export type { CorpusFileFormat, CorpusLoadResult, CorpusPart } from './corpus/load';
export { loadBundledCorpus } from './corpus/bundled';
export { KIND_LABELS, clip, differenceText, outletOrVenue, shortDate } from './messages';
export { remarkDate, type RemarkDate } from './remarkDate';
export {
  KIND_REGISTRY,
  SEVERITY_KEYS,
  SEVERITY_SETTING_VALUES,
  defaultFindingSeverity,
  defaultSeverityOf,
  isFindingKind,
  kindInfo,
  severityKeyOf,
  severitySettingSchema,
  severityDescription,
} from './kinds';
export type { FindingKindInfo, SeverityGrade, SeverityKey } from './kinds';
export { ratingClass, verdictLine } from './corpus/claimReview';
export {
  StatementSearch,
  LOOKUP_FIELDS,
  LOOKUP_FUSE_OPTIONS,
  lookupExpression,
  lookupRecords,
  queryWords,
  rankByField,
} from './match/lookup';
export type { LookupField, LookupHit, LookupRecord } from './match/lookup';
export { writeSnapshot, readSnapshot, SNAPSHOT_FORMAT } from './snapshot';
export type { IndexedCorpus } from './snapshot';
