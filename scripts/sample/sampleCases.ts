import type { CaseSpec } from './caseSpec.js';
import { statkevich } from './cases/statkevich.js';
import { losik } from './cases/losik.js';
import { bialiatski } from './cases/bialiatski.js';
import { kolesnikova } from './cases/kolesnikova.js';
import { babaryka } from './cases/babaryka.js';
import { tsikhanouski } from './cases/tsikhanouski.js';
import { podnebenny } from './cases/podnebenny.js';
import { khamenka } from './cases/khamenka.js';
import { pratasevich } from './cases/pratasevich.js';
import { zyankovich } from './cases/zyankovich.js';

/** The sample's case files, in the order the archive lists them. */
export const SAMPLE_CASES: readonly CaseSpec[] = [
  statkevich,
  losik,
  bialiatski,
  kolesnikova,
  babaryka,
  tsikhanouski,
  podnebenny,
  khamenka,
  pratasevich,
  zyankovich,
];
