type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/**
 * Creates an element: `on<event>` props become listeners, `true` becomes an empty attribute, `false` and
 * undefined are skipped, strings are attributes. Text children are always text nodes (never parsed as HTML).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(key, '');
    else if (value !== false && value !== undefined) element.setAttribute(key, String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of the element. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Keeps a scroller pinned to the bottom when it was already there before an update. */
export function keepAtBottom(scroller: HTMLElement, update: () => void): void {
  const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
  update();
  if (atBottom) scroller.scrollTop = scroller.scrollHeight;
}

/** Inserts an element with a numeric `data-seq` so the list stays ordered by seq. */
export function insertBySeq(list: HTMLElement, item: HTMLElement, seq: number): void {
  item.dataset.seq = String(seq);
  for (const child of Array.from(list.children) as HTMLElement[]) {
    if (Number(child.dataset.seq) > seq) {
      list.insertBefore(item, child);
      return;
    }
  }
  list.appendChild(item);
}

export function formatPrice(price: number | undefined): string | undefined {
  if (price === undefined || !Number.isFinite(price)) return undefined;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  }).format(price);
}

/** "3 min", "1 h 5 min": time since an ISO timestamp. */
export function since(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1_000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} d`;
}
