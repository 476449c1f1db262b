import { h } from '../shared/dom.js';
import type { createReportsView } from './reports/view.js';

type ReportsView = ReturnType<typeof createReportsView>;

/**
 * The supervisor app's two views, the live board and the Reports, switched by a small nav (and the URL's
 * `#reports`, so a reload stays on the Reports). The Reports module, with its chart library, is loaded the first
 * time it is opened: the board never pays for it.
 */
export function mountViews(options: {
  root: HTMLElement;
  hubUrl: string;
  token: () => string;
  onError: (error: unknown) => void;
}) {
  const boardHost = h('div', { class: 'view-host' });
  const reportsHost = h('div', { class: 'view-host', hidden: true });
  const boardButton = h('a', { href: '#board', class: 'view-tab' }, 'Live board');
  const reportsButton = h('a', { href: '#reports', class: 'view-tab' }, 'Reports');
  const nav = h('nav', { class: 'views', 'aria-label': 'Views' }, boardButton, reportsButton);
  options.root.replaceChildren(nav, boardHost, reportsHost);
  let reports: Promise<ReportsView> | undefined;

  const openReports = () =>
    (reports ??= import('./reports/view.js').then(({ createReportsView }) => {
      const view = createReportsView({ hubUrl: options.hubUrl, token: options.token, storage: localStorage });
      reportsHost.replaceChildren(view.element);
      return view;
    }));

  function show() {
    const onReports = location.hash === '#reports';
    boardHost.hidden = onReports;
    reportsHost.hidden = !onReports;
    const [current, other] = onReports ? [reportsButton, boardButton] : [boardButton, reportsButton];
    current.setAttribute('aria-current', 'page');
    other.removeAttribute('aria-current');
    if (onReports) openReports().then((view) => view.shown(), options.onError);
  }
  window.addEventListener('hashchange', show);
  show();
  return {
    boardRoot: boardHost,
    destroy() {
      window.removeEventListener('hashchange', show);
      void reports?.then((view) => view.destroy());
    },
  };
}
