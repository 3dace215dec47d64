/**
 * Theme: elder mode (适老化) is a theme, not a separate app.
 *
 * How a page uses it:
 * - Wrap the page in `<Screen>` from `src/ui/Screen` (it adds `ll-screen`, plus `ll-elder` in
 *   elder mode). Nothing else is needed for the theme to switch.
 * - In the page's .scss, size and colour things only with the tokens from `tokens.scss`:
 *   `font-size: var(--ll-font-body)`, `min-height: var(--ll-tap)`, `color: var(--ll-color-muted)`…
 *   Never hard-code a font size or a text colour; elder mode then just works.
 * - NutUI components already read these tokens (mapped in tokens.scss).
 * - Elder mode means no pop-ups: show results inline (StateView, a message under the button),
 *   not with modals or toasts.
 * - Read the mode in code with `useElderMode()` only when layout must change (e.g. one column
 *   instead of two); switch it with `setElderMode()`.
 */
export { isElderMode, setElderMode, useElderMode, ELDER_MODE_KEY } from './elder-mode';
export { prefersLargeText, systemFontSize } from './system-font';
