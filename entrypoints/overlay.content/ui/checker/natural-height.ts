/**
 * The height the element would take with no limit: its children's full scroll heights (a panel
 * limited to the window's room is measured at its natural size, so it can grow back). A column
 * of boxes (data-natural="stack": the QC gate over the check panel) is the sum of its boxes'
 * own natural heights, since each of them scrolls inside.
 */
export function naturalHeight(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const stack = el.getAttribute('data-natural') === 'stack';
  let h = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const children = Array.from(el.children).filter((c): c is HTMLElement => c instanceof HTMLElement && getComputedStyle(c).display !== 'none');
  for (const c of children) h += stack ? naturalHeight(c) : c.scrollHeight;
  const gap = parseFloat(style.rowGap);
  if (Number.isFinite(gap) && children.length > 1) h += gap * (children.length - 1);
  return h;
}
