export { gaussianBlobs } from './gaussian-blobs.ts';
