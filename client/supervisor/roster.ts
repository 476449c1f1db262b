import type { ConversationSummary, StaffRosterEntry } from '../../src/protocol/index.js';
import { h, since } from '../shared/dom.js';

/** How busy a member is: offline, on a call, busy (BUSY_AT conversations or more), or available. */
const BUSY_AT = 3;
type MemberState = 'offline' | 'on_call' | 'busy' | 'available';
const STATE_LABELS: Record<MemberState, string> = {
  offline: 'Offline',
  on_call: 'On a call',
  busy: 'Busy',
  available: 'Available',
};

function stateOf(member: StaffRosterEntry, owned: ConversationSummary[]): MemberState {
  if (member.online === false) return 'offline';
  if (owned.some((summary) => summary.callActive)) return 'on_call';
  return owned.length >= BUSY_AT ? 'busy' : 'available';
}

/**
 * The team roster: every active member (the hub's `staff:roster`), whether they are connected now (presence), how
 * many live conversations they own (load, from the board) and their state; online first, then the least loaded.
 */
export function createRosterView() {
  const body = h('tbody');
  const element = h(
    'section',
    { class: 'roster', 'aria-labelledby': 'roster-title' },
    h('h3', { id: 'roster-title' }, 'Team: agents'),
    h(
      'table',
      { class: 'roster-table' },
      h('caption', { class: 'visually-hidden' }, 'Team members: presence, load and state'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...['Member', 'Presence', 'Load', 'State'].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      body,
    ),
  );
  let members: StaffRosterEntry[] = [];
  let conversations: ConversationSummary[] = [];

  const render = () => {
    const rows = members.map((member) => {
      const owned = conversations.filter(
        (summary) => summary.owner.type === 'agent' && summary.owner.id === member.userId,
      );
      return { member, owned, state: stateOf(member, owned) };
    });
    rows.sort(
      (a, b) =>
        Number(b.member.online !== false) - Number(a.member.online !== false) ||
        a.owned.length - b.owned.length ||
        a.member.name.localeCompare(b.member.name),
    );
    if (rows.length === 0) {
      body.replaceChildren(
        h('tr', {}, h('td', { colspan: 4, class: 'empty' }, 'No agent has signed in yet.')),
      );
      return;
    }
    body.replaceChildren(
      ...rows.map(({ member, owned, state }) =>
        h(
          'tr',
          { 'data-member': member.userId, 'data-state': state },
          h('td', { 'data-label': 'Member' }, h('strong', {}, member.name)),
          h(
            'td',
            { 'data-label': 'Presence' },
            h('span', {
              class: `presence-dot ${member.online === false ? 'off' : 'on'}`,
              'aria-hidden': 'true',
            }),
            member.online === false
              ? member.lastSignInAt
                ? `Offline · signed in ${since(member.lastSignInAt)} ago`
                : 'Offline'
              : 'Online',
          ),
          h(
            'td',
            { 'data-label': 'Load' },
            `${owned.length} conversation${owned.length === 1 ? '' : 's'}`,
            owned.some((summary) => summary.temperature === 'hot')
              ? h('span', { class: 'slots' }, ` · ${owned.filter((s) => s.temperature === 'hot').length} hot`)
              : '',
          ),
          h(
            'td',
            { 'data-label': 'State' },
            h('span', { class: `member-state ${state}` }, STATE_LABELS[state]),
          ),
        ),
      ),
    );
  };
  render();

  return {
    element,
    /** The agents of the roster (supervisors watch; load and state are about who answers leads). */
    setMembers(next: StaffRosterEntry[]) {
      members = next.filter((member) => member.role === 'agent');
      render();
    },
    setConversations(next: ConversationSummary[]) {
      conversations = next;
      render();
    },
  };
}
