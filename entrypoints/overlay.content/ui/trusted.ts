/**
 * Wraps a handler of Pranata's own buttons so that only the admin's real input runs it: a click
 * or key press the browser made from a pointer or keyboard has isTrusted set, a page script's
 * element.click() or dispatchEvent has not (issue 21: a page could press "Kirim tetap", logged as
 * the admin's own override, insert a template or switch rules off). Every button that changes the
 * draft, the state or the reply log goes through this.
 */
export function trusted<E extends { isTrusted: boolean }>(handler: (e: E) => void): (e: E) => void {
  return (e: E) => {
    if (!e.isTrusted) return;
    handler(e);
  };
}
