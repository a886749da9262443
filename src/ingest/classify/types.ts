// The closed set of labels a block can get, and the decision record that explains it.

export type Label =
  | 'chrome' | 'headline' | 'subtitle' | 'byline' | 'date' | 'body' | 'subheading'
  | 'comment-header' | 'comment-title' | 'comment-author' | 'comment-time' | 'comment-text';

export interface Decision {
  label: Label;
  /** stage/what-it-detects, e.g. "chrome/repeated-headline". */
  rule: string;
  /** Why, in a few words, for `extract --explain`. */
  reason: string;
}
