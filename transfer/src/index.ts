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
