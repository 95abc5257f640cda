/** A rendering: the same content as HTML and as text. */
export interface Rendering {
  readonly html: string;
  readonly text: string;
}

/** Wraps HTML in the one element every `show` output has, so a page can style or find them. */
export function wrap(kind: string, html: string): string {
  return `<div class="technopark-show technopark-${kind}">${html}</div>`;
}
