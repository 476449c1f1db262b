import { h } from '../shared/dom.js';
import type { createExperimentsView } from './experiments/view.js';
import type { createReportsView } from './reports/view.js';

type ReportsView = ReturnType<typeof createReportsView>;
type ExperimentsView = ReturnType<typeof createExperimentsView>;

/**
 * The supervisor app's views, the live board, the Reports and the Experiments (admins), switched by a small nav
 * (and the URL's `#reports` or `#experiments`, so a reload stays there). The Reports module, with its chart
 * library, and the Experiments panel are loaded the first time they are opened: the board never pays for them.
 */
export function mountViews(options: {
  root: HTMLElement;
  hubUrl: string;
  token: () => string;
  onError: (error: unknown) => void;
}) {
  const boardHost = h('div', { class: 'view-host' });
  const reportsHost = h('div', { class: 'view-host', hidden: true });
  const experimentsHost = h('div', { class: 'view-host', hidden: true });
  const boardButton = h('a', { href: '#board', class: 'view-tab' }, 'Live board');
  const reportsButton = h('a', { href: '#reports', class: 'view-tab' }, 'Reports');
  const experimentsButton = h('a', { href: '#experiments', class: 'view-tab' }, 'Experiments');
  const nav = h(
    'nav',
    { class: 'views', 'aria-label': 'Views' },
    boardButton,
    reportsButton,
    experimentsButton,
  );
  options.root.replaceChildren(nav, boardHost, reportsHost, experimentsHost);
  let reports: Promise<ReportsView> | undefined;
  let experiments: Promise<ExperimentsView> | undefined;

  const openReports = () =>
    (reports ??= import('./reports/view.js').then(({ createReportsView }) => {
      const view = createReportsView({ hubUrl: options.hubUrl, token: options.token, storage: localStorage });
      reportsHost.replaceChildren(view.element);
      return view;
    }));
  const openExperiments = () =>
    (experiments ??= import('./experiments/view.js').then(({ createExperimentsView }) => {
      const view = createExperimentsView({
        hubUrl: options.hubUrl,
        token: options.token,
        storage: localStorage,
      });
      experimentsHost.replaceChildren(view.element);
      return view;
    }));

  function show() {
    const current =
      location.hash === '#reports' ? 'reports' : location.hash === '#experiments' ? 'experiments' : 'board';
    const views = [
      ['board', boardHost, boardButton],
      ['reports', reportsHost, reportsButton],
      ['experiments', experimentsHost, experimentsButton],
    ] as const;
    for (const [name, host, button] of views) {
      host.hidden = name !== current;
      if (name === current) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    if (current === 'reports') openReports().then((view) => view.shown(), options.onError);
    if (current === 'experiments') openExperiments().then((view) => view.shown(), options.onError);
  }
  window.addEventListener('hashchange', show);
  show();
  return {
    boardRoot: boardHost,
    destroy() {
      window.removeEventListener('hashchange', show);
      void reports?.then((view) => view.destroy());
      void experiments?.then((view) => view.destroy());
    },
  };
}
