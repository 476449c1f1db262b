/**
 * The corpus parts the topic model (train-topic-model.ts) is never trained on: the held-out probes of sessions 49 and
 * later (measured with and without the model) and the reviews of the model itself, kept to measure a retrained model
 * on words it never saw.
 */
export const HELD_OUT: readonly string[] = [
  'sealed-s63',
  'review-s63',
  'sealed-s64',
  'review-s64',
  'review-optout-s64',
  'sealed-optout-s64',
  'sealed-optout-s65',
  'sealed-s65',
  'review-s65',
  'sealed-s66',
  'review-s66',
  'sealed-s67',
  'sealed-s68',
  'review-s67',
  'review-s68',
  'sealed-s69',
  'review-s69',
  'sealed-s70',
  'review-s70',
  'sealed-s71',
  'sealed-s72',
  'sealed-s73',
  'sealed-s74',
  'sealed-optout-s74',
  'sealed-s75',
  'sealed-optout-s75',
  'sealed-optout-s75b',
  'sealed-s77',
  'sealed-optout-s77',
  'sealed-s78',
  'sealed-optout-s78',
  'sealed-s79',
  'sealed-s80',
  'sealed-optout-s80',
  'sealed-s81',
  'sealed-optout-s81',
  'sealed-s82',
  'sealed-optout-s82',
  'sealed-s83',
  'sealed-optout-s83',
  'sealed-s84',
  'sealed-optout-s84',
  'sealed-s85',
  'sealed-optout-s85',
  'sealed-s86',
  'sealed-optout-s86',
  'sealed-s87',
  'sealed-optout-s87',
  'sealed-s88',
  'sealed-optout-s88',
  'review-s71',
  'review-s72',
  'review-s73',
  'review-s74',
  'review-s75',
];

/**
 * The sets still sealed: written blind and not yet measured at the end of a session. Nothing is trained on them; the
 * opt-out model (train-stop-model.ts) trains on every other set, spent ones included.
 */
export const STILL_SEALED: readonly string[] = [];
