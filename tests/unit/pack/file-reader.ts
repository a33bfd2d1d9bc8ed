import 'fake-indexeddb/auto';
/**
 * Imported first by tests that use dexie-export-import (its module body reads `self`).
 * Node has Blob but no FileReader, which dexie-export-import reads blobs with in the browser.
 * This minimal stand-in (readAsArrayBuffer + onload/onerror) lets the real library run here.
 */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((ev: { target: NodeFileReader }) => void) | null = null;
  onerror: ((ev: { target: NodeFileReader }) => void) | null = null;
  onabort: ((ev: { target: NodeFileReader }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buf) => {
        this.result = buf;
        this.onload?.({ target: this });
      },
      (err: unknown) => {
        this.error = err;
        this.onerror?.({ target: this });
      },
    );
  }
}

const g = globalThis as { FileReader?: unknown; self?: unknown };
g.self ??= globalThis;
g.FileReader ??= NodeFileReader;

