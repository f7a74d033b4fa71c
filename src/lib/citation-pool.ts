/**
 * APA, Chicago and MLA references formatted on worker threads (src/lib/citation-worker.ts):
 * citeproc takes about 10 ms an article, a third of a cold build, and Astro renders pages on one
 * thread, so the build's other core does it while that thread renders other pages.
 */
import { Worker } from 'node:worker_threads';
import type { CitedArticle, FormattedReferences } from './citations.ts';

/** Worker threads a pool starts: the build machines have 2 cores, one for Astro's rendering and one for citeproc. */
export const CITATION_WORKERS = 1;

/** What the worker answers for one job: the references, or why it could not make them. */
export type CitationReply = { job: number; references: FormattedReferences } | { job: number; error: string };

/** Formats references off the main thread. */
export interface CitationPool {
  /** The references of one article; rejects with an error naming `source` (the article's file) if they cannot be made. */
  references(cited: CitedArticle, source: string): Promise<FormattedReferences>;
  /** Stops the workers; references still awaited reject. */
  close(): Promise<void>;
}

interface Job {
  source: string;
  resolve(references: FormattedReferences): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

const citationError = (source: string, cause: string) =>
  new Error(`${source}: the "Cite this article" references could not be formatted: ${cause}`);

/**
 * A pool of `size` workers running the script at `workerUrl`, each started on its first job. An
 * idle worker is unref'd, so the pool never keeps a finished build's process alive; a worker that
 * stops or fails to start rejects its jobs and is replaced on the next one.
 */
export function createCitationPool(workerUrl: URL, size: number = CITATION_WORKERS): CitationPool {
  const threads: (Thread | undefined)[] = Array.from({ length: size }, () => undefined);
  let nextJob = 0;

  const fail = (slot: number, thread: Thread, cause: string) => {
    if (threads[slot] === thread) threads[slot] = undefined;
    for (const job of thread.jobs.values()) job.reject(citationError(job.source, cause));
    thread.jobs.clear();
  };

  const start = (slot: number): Thread => {
    const thread: Thread = {
      // Without the parent's flags (a test's --input-type, a benchmark's --cpu-prof), which need not apply to a worker.
      worker: new Worker(workerUrl, { execArgv: [] }),
      jobs: new Map(),
    };
    thread.worker.unref();
    thread.worker.on('message', (reply: CitationReply) => {
      const job = thread.jobs.get(reply.job);
      if (!job) return;
      thread.jobs.delete(reply.job);
      if (thread.jobs.size === 0) thread.worker.unref();
      if ('error' in reply) job.reject(citationError(job.source, reply.error));
      else job.resolve(reply.references);
    });
    thread.worker.on('error', (error) => fail(slot, thread, `the citation worker ${workerUrl.href} failed: ${error.stack ?? error.message}`));
    thread.worker.on('exit', (code) => fail(slot, thread, `the citation worker ${workerUrl.href} stopped (exit code ${code})`));
    threads[slot] = thread;
    return thread;
  };

  const leastBusy = (): Thread => {
    let best = 0;
    for (let slot = 0; slot < size; slot++) {
      const thread = threads[slot];
      if (!thread) return start(slot);
      if (thread.jobs.size < threads[best]!.jobs.size) best = slot;
    }
    return threads[best]!;
  };

  return {
    references(cited, source) {
      const thread = leastBusy();
      const job = nextJob++;
      return new Promise((resolve, reject) => {
        thread.jobs.set(job, { source, resolve, reject });
        // Awaited work keeps the process alive, as a pending read would; idle, the worker does not.
        thread.worker.ref();
        thread.worker.postMessage({ job, cited });
      });
    },
    async close() {
      const running = threads.filter((thread) => thread !== undefined);
      threads.fill(undefined);
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
