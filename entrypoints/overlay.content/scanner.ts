import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AdapterProblem, Composer, PlatformAdapter, PostInfo, ProfileInfo } from '@/lib/platforms/types';
import { afterPageLoad, runInSlices, type IdleHost } from './idle';

export interface ScanResult {
  /** The elements that may be composers (a selector query: enough to know the page has reply boxes). */
  editors: HTMLElement[];
  /**
   * The composers, read in full (kind, answered post, send button) on the first call, from the
   * page as it is then. Nothing needs them at load, and reading them is a third of a cold scan.
   */
  composers(): Composer[];
  posts: PostInfo[];
  profile: ProfileInfo | null;
  /** What the adapter could not read in this scan, the composers included (which reads them). */
  problems(): readonly AdapterProblem[];
  path: string;
}

export interface ScannerOptions {
  /**
   * Whose posts to read in full (own and watched accounts, lower case), or null while the
   * settings are not known yet: then no post is read at all.
   */
  wantedAuthors(): ReadonlySet<string> | null;
}

export interface Scanner {
  start(): void;
  /** Scan soon (coalesced); features call it after they change something. */
  request(): void;
  onScan(listener: (result: ScanResult) => void): void;
  last(): ScanResult | null;
}

/** Nodes Pranata itself puts in the page: adding or removing them is no reason to scan again. */
function isOwnNode(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.localName === 'pranata-overlay' || node.hasAttribute('data-pranata-badge') || node.hasAttribute('data-pranata-mirror');
}

function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

/** Coalesces DOM mutation bursts: at most one scan per this many ms while the page changes. */
const SCAN_THROTTLE_MS = 400;

/**
 * Watches the page (lazy rendering, in-page navigation) and asks the adapter what is there.
 * One MutationObserver for all features; scans run off the mutation callback, throttled, in idle time.
 */
export function createScanner(ctx: ContentScriptContext, adapter: PlatformAdapter, options: ScannerOptions): Scanner {
  const listeners: ((r: ScanResult) => void)[] = [];
  let pending = false;
  let lastRun = Number.NEGATIVE_INFINITY; // the first scan goes at once
  let lastResult: ScanResult | null = null;

  let running = false;
  let again = false;
  const idle: IdleHost = {
    requestIdleCallback: (callback, opts) => void ctx.requestIdleCallback(callback, opts),
    now: () => performance.now(),
  };

  /**
   * One scan, in idle slices (./idle.ts): the adapter's reads (reply boxes, the kept accounts'
   * posts, the profile) and then each feature's listener are steps, so a scan never holds the
   * page's main thread for long. A scan asked for while one runs follows it.
   */
  const run = (): void => {
    pending = false;
    lastRun = performance.now();
    if (ctx.isInvalid) return;
    running = true;
    let failed = false;
    let editors: HTMLElement[] = [];
    let posts: PostInfo[] = [];
    let wanted: ReadonlySet<string> | null = null;
    let composers: Composer[] | null = null;
    const readComposers = (): Composer[] => {
      if (composers) return composers;
      try {
        composers = adapter.findComposers(document);
      } catch {
        composers = [];
      }
      return composers;
    };
    // Adapters do not throw by contract; if one does, the page must not notice and no feature hears of this scan.
    const read = (fn: () => void) => (): void => {
      if (failed) return;
      try {
        fn();
      } catch {
        failed = true;
      }
    };
    let result: ScanResult | null = null;
    const steps: (() => void)[] = [
      read(() => {
        wanted = options.wantedAuthors();
        editors = adapter.findEditors(document);
      }),
      // Only the accounts Pranata keeps: a citizen's post is never read beyond its permalink.
      read(() => {
        posts = wanted && wanted.size > 0 ? adapter.findPosts(document, (handle) => wanted?.has(handle.toLowerCase()) ?? false) : [];
      }),
      read(() => {
        result = {
          editors,
          composers: readComposers,
          posts,
          profile: adapter.readProfile(document),
          problems: () => {
            readComposers();
            return adapter.problems();
          },
          path: location.pathname,
        };
        lastResult = result;
      }),
      ...listeners.map((l) => () => {
        // one feature's failure must not stop the others (runInSlices goes on after a throw)
        if (result && !ctx.isInvalid) l(result);
      }),
    ];
    void runInSlices(idle, steps).then(() => {
      running = false;
      if (again) {
        again = false;
        request();
      }
    });
  };

  function request(): void {
    if (ctx.isInvalid) return;
    if (running) {
      again = true;
      return;
    }
    if (pending) return;
    pending = true;
    const wait = Math.max(0, SCAN_THROTTLE_MS - (performance.now() - lastRun));
    ctx.setTimeout(run, wait);
  }

  return {
    start() {
      // Nothing during the page's own load: the watch and the first scan begin after it.
      void afterPageLoad(document, window, ctx.signal).then(() => {
        if (ctx.isInvalid) return;
        const observer = new MutationObserver((records) => {
          if (!pending && !records.every(isOwnMutation)) request();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        ctx.onInvalidated(() => observer.disconnect());
        ctx.addEventListener(window, 'wxt:locationchange', request);
        // Capture on window: the site may fire it on window or on document (RYD uses both).
        if (adapter.navigationEvent) window.addEventListener(adapter.navigationEvent, request, { capture: true, signal: ctx.signal });
        request();
      });
    },
    request,
    onScan(listener) {
      listeners.push(listener);
    },
    last: () => lastResult,
  };
}
