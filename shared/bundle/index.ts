export { readBundle } from './readBundle.js';
export type { ReadBundleOptions, ReadBundleResult, ReadProgress } from './readBundleOptions.js';
export { writeBundle } from './writeBundle.js';
export { writeBundleStream } from './writeBundleStream.js';
export type {
  BundleAttachment,
  BundleContent,
  BundleProgress,
  MaybeAsyncIterable,
  WriteBundleOptions,
} from './writeBundleOptions.js';
export { BundleError, formatProblem } from './bundleError.js';
export type { BundleErrorCode, BundleProblem } from './bundleError.js';
export { BUNDLE_LIMITS } from './bundleLimits.js';
export type { BundleLimits } from './bundleLimits.js';
export {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleEntryInfo,
  BundleManifest,
  BundleScope,
} from './bundleManifest.js';
export { isAgeEncrypted, DEFAULT_SCRYPT_WORK_FACTOR } from './ageEncryption.js';
export { bundleContentHash } from './bundleContentHash.js';
export { previewImport, IMPORT_CHANGES } from './previewImport.js';
export type {
  ExistingArchive,
  ImportChange,
  ImportPreview,
  ImportPreviewItem,
} from './previewImport.js';
export { selectForCases } from './selectForCases.js';
export type { BundleSelection } from './selectForCases.js';
export { selectChangedSince } from './selectChangedSince.js';
export { recordLabel } from './recordLabel.js';
export { bundleJsonSchema, RevisionLineSchema } from './bundleJsonSchema.js';
export { defaultSha256, sha256Hex } from './sha256.js';
export type { Sha256Factory, Sha256Stream } from './sha256.js';
