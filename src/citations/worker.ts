/**
 * The citation pool's worker thread (src/citations/pool.ts): formats one article's references
 * a message, under plain Node, so citeproc runs beside the thread that renders pages.
 */
import { parentPort } from 'node:worker_threads';
import { type CitedArticle, formattedReferences } from './format.ts';
import type { CitationReply } from './pool.ts';

if (!parentPort)
  throw new Error('src/citations/worker.ts runs as a worker thread of src/citations/pool.ts, not on its own');
const port = parentPort;

port.on('message', ({ job, cited }: { job: number; cited: CitedArticle }) => {
  let reply: CitationReply;
  try {
    reply = { job, references: formattedReferences(cited) };
  } catch (error) {
    reply = { job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
