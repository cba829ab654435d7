import {
  CASE_STATUSES,
  CASE_FACT_FIELDS,
  SENTENCE_REGIMES,
  NameScript,
  Gender,
} from '../../shared/model/index.js';

/** The enum values the forms offer, in the order people expect them. */
export const NAME_SCRIPTS = NameScript.options;
export const GENDERS = Gender.options;
export { CASE_STATUSES, CASE_FACT_FIELDS, SENTENCE_REGIMES };
