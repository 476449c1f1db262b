import { h } from '../shared/dom.js';
import type { WidgetText } from './i18n.js';

export interface RatingCardOptions {
  text: WidgetText;
  /** The lead chose a rating (1 to 5) and pressed send; resolves true when it was kept (false: shown the failure). */
  onSubmit(rating: number, comment: string): Promise<boolean>;
  /** "No thanks": the card goes away and is not asked again for this conversation. */
  onDismiss(): void;
}

/** The comment's longest length (characters), as the hub accepts it (SATISFACTION_COMMENT_LIMIT). */
const COMMENT_LIMIT = 1_000;
const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * The satisfaction card in the widget's transcript: five stars (a radio group), an optional comment, send and
 * "No thanks"; then a thank-you line. Its text follows the widget's language (`setText`).
 */
export function createRatingCard(options: RatingCardOptions) {
  let text = options.text;
  let chosen: number | undefined;
  const legend = h('legend', {});
  const scale = h('p', { class: 'rating-scale', id: 'jh-rating-scale' });
  const starLabels: HTMLElement[] = [];
  const stars = h(
    'div',
    { class: 'stars' },
    ...RATINGS.map((rating) => {
      const input = h('input', {
        type: 'radio',
        name: 'jh-rating',
        value: rating,
        id: `jh-rating-${rating}`,
        class: 'visually-hidden',
        'aria-describedby': 'jh-rating-scale',
      });
      input.addEventListener('change', () => choose(rating));
      const name = h('span', { class: 'visually-hidden' });
      starLabels.push(name);
      return h(
        'label',
        { for: `jh-rating-${rating}`, class: 'star', 'data-rating': rating },
        input,
        h('span', { 'aria-hidden': 'true' }, '★'),
        name,
      );
    }),
  );
  const commentLabel = h('label', { for: 'jh-rating-comment', class: 'rating-comment-label' });
  const comment = h('textarea', { id: 'jh-rating-comment', rows: 2, maxlength: COMMENT_LIMIT });
  const send = h('button', { type: 'submit', class: 'rating-send', disabled: true });
  const skip = h('button', { type: 'button', class: 'rating-skip' });
  const failed = h('p', { class: 'rating-failed', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'rating' },
    h('fieldset', {}, legend, scale, stars),
    commentLabel,
    comment,
    failed,
    h('div', { class: 'rating-actions' }, send, skip),
  );
  const thanks = h('p', { class: 'rating-thanks', role: 'status', hidden: true });
  const element = h('div', { class: 'rating-card' }, form, thanks);

  function choose(rating: number) {
    chosen = rating;
    send.disabled = false;
    for (const label of element.querySelectorAll<HTMLElement>('.star'))
      label.classList.toggle('on', Number(label.dataset.rating) <= rating);
  }

  function render() {
    legend.textContent = text.ratingQuestion;
    scale.textContent = text.ratingScale;
    starLabels.forEach((label, index) => (label.textContent = text.ratingStars(index + 1)));
    commentLabel.textContent = text.ratingComment;
    send.textContent = text.ratingSend;
    skip.textContent = text.ratingSkip;
    thanks.textContent = text.ratingThanks;
    if (!failed.hidden) failed.textContent = text.ratingFailed;
  }
  render();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (chosen === undefined || send.disabled) return;
    send.disabled = true;
    failed.hidden = true;
    void options.onSubmit(chosen, comment.value.trim()).then((kept) => {
      if (kept) {
        form.hidden = true;
        thanks.hidden = false;
        return;
      }
      failed.textContent = text.ratingFailed;
      failed.hidden = false;
      send.disabled = false;
    });
  });
  skip.addEventListener('click', () => options.onDismiss());

  return {
    element,
    setText(next: WidgetText) {
      text = next;
      render();
    },
  };
}

export type RatingCard = ReturnType<typeof createRatingCard>;
