/**
 * The citation pool's worker thread (src/citations/pool.ts): makes one article's citation
 * (references and files) a message, under plain Node, so citeproc runs beside the thread that renders pages.
 */
import { parentPort } from 'node:worker_threads';
import type { CitedArticle } from './cited-article.ts';
import { articleCitation } from './format.ts';
import type { CitationReply } from './pool.ts';

if (!parentPort)
  throw new Error('src/citations/worker.ts runs as a worker thread of src/citations/pool.ts, not on its own');
const port = parentPort;

port.on('message', ({ job, cited }: { job: number; cited: CitedArticle }) => {
  let reply: CitationReply;
  try {
    reply = { job, citation: articleCitation(cited) };
  } catch (error) {
    reply = { job, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
