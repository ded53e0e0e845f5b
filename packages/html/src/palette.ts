/**
 * Colours of the pages, each a foreground on its background. Colour is never the only signal (text
 * decorations and visually hidden words carry the meaning); a test checks each pair reaches a WCAG
 * contrast of at least 4.5:1.
 */
export const palette = {
  text: {color: '#1b1b1b', background: '#ffffff'},
  muted: {color: '#4a4a4a', background: '#ffffff'},
  link: {color: '#1a4fb8', background: '#ffffff'},
  deleted: {color: '#9b1c1c', background: '#fdecec'},
  inserted: {color: '#0f5a24', background: '#e6f4ea'},
  moved: {color: '#4527a0', background: '#f1edfb'},
  focus: {color: '#1a4fb8', background: '#ffffff'},
} as const
