// Name matching across scripts, romanisations and typos. See docs/name-matching.md.
export { foldText, foldToken } from './foldText.js';
export { wordSpans, type WordSpan } from './wordSpans.js';
export { phoneticKeys, skeletonOf, type PhoneticKeys } from './phoneticKeys.js';
export { GIVEN_NAME_CLASSES, givenNameClasses, type GivenNameClass } from './givenNameVariants.js';
export { romanize, ROMANIZATION_SYSTEMS, type RomanizationSystem } from './romanize.js';
export {
  NameIndex,
  NAME_INDEX_VERSION,
  editBudget,
  nameWords,
  type NameMatch,
  type NameSearchOptions,
  type NameTier,
  type PersonName,
  type PersonNames,
  type SerializedNameIndex,
  type TextRange,
  type WordMatch,
} from './NameIndex.js';
export { personLikeNames, type NameCandidate } from './personLikeNames.js';
export {
  findMentions,
  type FindMentionsOptions,
  type FoundMentions,
  type PersonMentions,
  type TextMention,
  type UnknownName,
} from './findMentions.js';
