export {
  choosePartSize,
  DEFAULT_PART_SIZE,
  MAX_PART_SIZE,
  MAX_PARTS,
  MIN_PART_SIZE,
  upload,
  uploadFile,
  UploadError,
} from "./upload.js";
export type { UploadOptions, UploadProgress, UploadResult, UploadSource } from "./upload.js";
export { parseSize } from "./size.js";
export { DEFAULT_DOWNLOAD_PART_SIZE, downloadFile, DownloadError } from "./download.js";
export type { DownloadOptions, DownloadProgress, DownloadResult } from "./download.js";
