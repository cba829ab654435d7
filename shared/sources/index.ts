export type {
  SourceFileInput,
  SourceFormat,
  SourceImportFailure,
  SourceImportFailureReason,
  SourceImportResult,
  SourceImportSuccess,
  SourceMetadata,
} from './sourceImportResult.js';
export { sha256Hex } from './sha256Hex.js';
export { importSourceFile } from './importSourceFile.js';
export { importSourceFiles } from './importSourceFiles.js';
export { importPastedText } from './importPastedText.js';
export { htmlToText } from './htmlToText.js';
export { toPartialDate } from './toPartialDate.js';
