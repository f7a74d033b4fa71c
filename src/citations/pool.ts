/**
 * The "Cite this article" block of each article (APA, Chicago and MLA references, RIS and BibTeX
 * files) made on worker threads (src/citations/worker.ts): citeproc costs milliseconds an article
 * (docs/large-archives.md, Where the time goes), and Astro renders pages on one thread, so the build's other core does it while that thread
 * renders other pages, and the pages never load citation-js.
 *
 * A build asks for the citations of the articles it will render before it renders them
 * (`prefetch`), so the worker makes them while Astro is still busy with other pages; a page
 * that needs a citation not yet made goes to the front of the queue.
 */
import { Worker } from 'node:worker_threads';
import type { CitedArticle } from './cited-article.ts';
import type { ArticleCitation } from './format.ts';

/** Worker threads a pool starts: the build machines have 2 cores, one for Astro's rendering and one for citeproc. */
export const CITATION_WORKERS = 1;

/** Jobs a worker holds at once: one it formats and one waiting, so it never idles between messages, while a page's job can still jump the queue. */
const JOBS_PER_WORKER = 2;

/** What the worker answers for one job: the citation, or why it could not make it. */
export type CitationReply = { job: number; citation: ArticleCitation } | { job: number; error: string };

/** Makes citations off the main thread. */
export interface CitationPool {
  /** The citation of one article; rejects with an error naming `source` (the article's file) if it cannot be made. */
  citation(cited: CitedArticle, source: string): Promise<ArticleCitation>;
  /**
   * Queues an article's citation behind those already asked for, to be made when a worker is
   * free; a later `citation` call for the same article gets it. Never keeps the process alive.
   */
  prefetch(cited: CitedArticle, source: string): void;
  /** Stops the workers; citations still awaited reject. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  cited: CitedArticle;
  source: string;
  result: Promise<ArticleCitation>;
  resolve(citation: ArticleCitation): void;
  reject(error: Error): void;
  /** Whether a page awaits it, rather than only a prefetch. */
  awaited: boolean;
  settled: boolean;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

const citationError = (source: string, cause: string) =>
  new Error(`${source}: the "Cite this article" block could not be made: ${cause}`);

/** The same article as cited, the same citation: the key a prefetch and the page's later request share. */
const jobKey = (cited: CitedArticle) => JSON.stringify(cited);

/**
 * A pool of `size` workers running the script at `workerUrl`, each started on its first job. A
 * worker keeps the process alive only while a page awaits a citation, so the pool never keeps a
 * finished build's process alive, nor for citations prefetched and never asked for; a worker
 * that stops or fails to start rejects its jobs and is replaced on the next one.
 */
export function createCitationPool(workerUrl: URL, size: number = CITATION_WORKERS): CitationPool {
  const threads: (Thread | undefined)[] = Array.from({ length: size }, () => undefined);
  /** Jobs not yet sent to a worker: those a page awaits first. */
  const waiting: Job[] = [];
  /** Jobs made or being made for a prefetch, until a page asks for them. */
  const prefetched = new Map<string, Job>();
  let nextJob = 0;
  let awaitedJobs = 0;

  // Ref'd while any page awaits a job, wherever that job is: else Node could exit under a page's await.
  const holdProcess = () => {
    for (const thread of threads) {
      if (!thread) continue;
      if (awaitedJobs > 0) thread.worker.ref();
      else thread.worker.unref();
    }
  };

  const settle = (job: Job) => {
    job.settled = true;
    if (job.awaited) awaitedJobs--;
    holdProcess();
  };

  const fail = (slot: number, thread: Thread, cause: string) => {
    if (threads[slot] === thread) threads[slot] = undefined;
    for (const job of thread.jobs.values()) {
      job.reject(citationError(job.source, cause));
      settle(job);
    }
    thread.jobs.clear();
    send();
  };

  const start = (slot: number): Thread => {
    const thread: Thread = {
      // Without the parent's flags (a test's --input-type, a benchmark's --cpu-prof), which need not apply to a worker.
      worker: new Worker(workerUrl, { execArgv: [] }),
      jobs: new Map(),
    };
    thread.worker.on('message', (reply: CitationReply) => {
      const job = thread.jobs.get(reply.job);
      if (!job) return;
      thread.jobs.delete(reply.job);
      if ('error' in reply) job.reject(citationError(job.source, reply.error));
      else job.resolve(reply.citation);
      settle(job);
      send();
    });
    thread.worker.on('error', (error) =>
      fail(slot, thread, `the citation worker ${workerUrl.href} failed: ${error.stack ?? error.message}`),
    );
    thread.worker.on('exit', (code) =>
      fail(slot, thread, `the citation worker ${workerUrl.href} stopped (exit code ${code})`),
    );
    threads[slot] = thread;
    holdProcess();
    return thread;
  };

  /** A slot not started yet, else the worker with the fewest jobs below JOBS_PER_WORKER; -1 when all are full. */
  const roomiest = (): number => {
    let best = -1;
    for (let slot = 0; slot < size; slot++) {
      const thread = threads[slot];
      if (!thread) return slot;
      if (thread.jobs.size < JOBS_PER_WORKER && (best < 0 || thread.jobs.size < threads[best]!.jobs.size)) best = slot;
    }
    return best;
  };

  /** Hands waiting jobs to workers with room for them, starting workers as needed. */
  function send() {
    while (waiting.length) {
      const slot = roomiest();
      if (slot < 0) return;
      const thread = threads[slot] ?? start(slot);
      const job = waiting.shift()!;
      thread.jobs.set(job.id, job);
      thread.worker.postMessage({ job: job.id, cited: job.cited });
    }
  }

  const newJob = (cited: CitedArticle, source: string, awaited: boolean): Job => {
    let resolve!: Job['resolve'];
    let reject!: Job['reject'];
    const result = new Promise<ArticleCitation>((done, fail) => ((resolve = done), (reject = fail)));
    // A prefetch nobody asks for must not fail the build as an unhandled rejection; a page that asks still gets the error.
    result.catch(() => undefined);
    if (awaited) awaitedJobs++;
    return { id: nextJob++, cited, source, result, resolve, reject, awaited, settled: false };
  };

  return {
    citation(cited, source) {
      const key = jobKey(cited);
      const early = prefetched.get(key);
      if (early) {
        prefetched.delete(key);
        if (!early.settled) {
          early.awaited = true;
          awaitedJobs++;
          // Not yet sent: it goes first.
          const at = waiting.indexOf(early);
          if (at > 0) waiting.unshift(...waiting.splice(at, 1));
          holdProcess();
        }
        return early.result;
      }
      const job = newJob(cited, source, true);
      waiting.unshift(job);
      send();
      holdProcess();
      return job.result;
    },
    prefetch(cited, source) {
      const key = jobKey(cited);
      if (prefetched.has(key)) return;
      const job = newJob(cited, source, false);
      prefetched.set(key, job);
      waiting.push(job);
      send();
    },
    async close() {
      const running = threads.filter((thread) => thread !== undefined);
      threads.fill(undefined);
      for (const job of waiting.splice(0)) {
        job.reject(citationError(job.source, 'the citation pool was closed'));
        settle(job);
      }
      prefetched.clear();
      await Promise.all(running.map((thread) => thread.worker.terminate()));
    },
  };
}

const shared = new Map<string, CitationPool>();

/** The pool for the worker at `workerUrl`, made on first use and shared by every page of a build. */
export function sharedCitationPool(workerUrl: URL): CitationPool {
  let pool = shared.get(workerUrl.href);
  if (!pool) shared.set(workerUrl.href, (pool = createCitationPool(workerUrl)));
  return pool;
}
