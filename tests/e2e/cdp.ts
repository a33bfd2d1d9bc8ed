import type { Page } from 'playwright-core';

/**
 * Evaluates an expression inside the extension's content-script world (the isolated world the
 * browser gives Pranata on that page), through the DevTools protocol. This lets a test send
 * messages exactly as the content script would, without a test-only hook in the product.
 */
export async function evaluateInContentScript<T>(page: Page, extensionId: string, expression: string, waitMs = 10_000): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + waitMs;
  let ctx: (typeof contexts)[number] | undefined;
  while (!ctx && Date.now() < deadline) {
    ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
    if (!ctx) await page.waitForTimeout(100);
  }
  if (!ctx) throw new Error(`No content-script world of ${extensionId} on ${page.url()}`);
  const res = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: ctx.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  await cdp.detach();
  if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
  return res.result.value;
}

/** Whether the extension has a content-script world on this page at all. */
export async function hasContentScriptWorld(page: Page, extensionId: string, waitMs = 2000): Promise<boolean> {
  try {
    await evaluateInContentScript(page, extensionId, '1', waitMs);
    return true;
  } catch {
    return false;
  }
}

/** Row counts of every table, read with the raw IndexedDB API from an extension page. */
export async function dbCounts(extensionPage: Page): Promise<Record<string, number>> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pranata');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<number>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  });
}

/** All rows of one table, read with the raw IndexedDB API from an extension page. */
export async function dbRows<T = Record<string, unknown>>(extensionPage: Page, table: string): Promise<T[]> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('pranata');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/**
 * Where the elements with a test id are on screen, seen through the DevTools protocol, which
 * reads closed shadow roots too (a page script and Playwright's locators cannot). `within`: only
 * those inside an element with that test id. Centres in CSS pixels of the viewport.
 */
export async function closedRootBoxes(page: Page, testId: string, within?: string): Promise<{ x: number; y: number; closedRoot: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: { node: CdpNode; closedRoot: boolean }[] = [];
    const idOf = (n: CdpNode): string | undefined => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === 'data-testid') return a[i + 1];
      return undefined;
    };
    const walk = (n: CdpNode, inside: boolean, closed: boolean): void => {
      const id = idOf(n);
      const nowInside = inside || within === undefined || id === within;
      if (id === testId && nowInside) found.push({ node: n, closedRoot: closed });
      for (const s of n.shadowRoots ?? []) walk(s, nowInside, closed || s.shadowRootType === 'closed');
      for (const c of n.children ?? []) walk(c, nowInside, closed);
    };
    walk(root, false, false);
    const out: { x: number; y: number; closedRoot: boolean }[] = [];
    for (const { node, closedRoot } of found) {
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
        const q = model.border;
        const xs = [q[0], q[2], q[4], q[6]].map(Number);
        const ys = [q[1], q[3], q[5], q[7]].map(Number);
        out.push({ x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, closedRoot });
      } catch {
        // Not rendered (hidden): no box.
      }
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
