// The notebook reads web pages and PDFs in a worker thread. electron-vite
// builds that worker's script as a bundle of its own (`?modulePath`) and
// gives its path; the notebook is told where it is.
import { setExtractionWorkerFile } from '@dossier/notebook';
import extractWorkerFile from '../../../../packages/notebook/src/import/extract-worker.ts?modulePath';

setExtractionWorkerFile(extractWorkerFile);
