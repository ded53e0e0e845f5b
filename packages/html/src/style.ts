import {palette} from './palette.js'

const {text, muted, link, deleted, inserted, moved, focus} = palette

// One constant: its SHA-256 is in `hashes.ts` for the Content-Security-Policy.
const css = `:root{color-scheme:light}
body{margin:0;color:${text.color};background:${text.background};font:1rem/1.55 Georgia,"Times New Roman",serif}
.clausewise-page{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 3rem}
a{color:${link.color}}
h1{font-size:1.45rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #8a8a8a;padding:.3rem .55rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.skip-link{position:absolute;left:-10000px;top:.5rem;background:${text.background};padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:1rem}
:focus-visible,[data-change]:focus,.clause:focus,main:focus{outline:3px solid ${focus.color};outline-offset:2px}
.meta-line,.legend,.keyboard-help,.author{color:${muted.color}}
.doc-number{font-weight:bold;margin:0}
.formula{font-style:italic}
.clause,.recital,.paragraph,.point,.block-container{margin:.45rem 0;padding-left:.6rem;border-left:4px solid transparent}
.clause p,.recital p,.paragraph p,.point p{margin:.25rem 0}
.point,.depth-1{margin-left:2rem}
.depth-2{margin-left:4rem}
.depth-3{margin-left:6rem}
.num{font-weight:bold;margin-right:.45em}
.paragraph,.point{display:grid;grid-template-columns:2.2rem 1fr}
.paragraph>*,.point>*{grid-column:2}
.paragraph>.num,.point>.num{grid-column:1;margin:.25rem 0}
.note-list li{display:grid;grid-template-columns:2rem 1fr auto;gap:0 .5rem}
.note-list li>p{grid-column:2;margin:.2rem 0}
.note-list li>.num{grid-column:1;margin:.2rem 0}
.note-list li>a{grid-column:3;grid-row:1;align-self:start;margin:.2rem 0}
.clause[data-clause-change]{border-left-color:#8a8a8a}
.clause-note{font-size:.9rem;color:${muted.color};margin:.1rem 0}
del{color:${deleted.color};background:${deleted.background};text-decoration:line-through;text-decoration-thickness:2px}
ins{color:${inserted.color};background:${inserted.background};text-decoration:underline;text-decoration-thickness:2px}
.moved .clause-text,.move-link{color:${moved.color};background:${moved.background};text-decoration:underline double}
.move-from{color:${moved.color};background:${moved.background};padding:.1rem .4rem}
.note-list{list-style:none;padding-left:0}
.note-list .num{font-weight:normal}
.notes{border-top:1px solid #8a8a8a;margin-top:2rem;font-size:.95rem}
.stats-tables{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
[role=suggestion] del{margin-right:.2em}
.redline-table{width:100%;table-layout:fixed}
.redline-table .clause-column{width:10rem}
.redline-table th[scope=row]{font-weight:normal}
tr.moved td{color:${moved.color};text-decoration:underline double}
.multi-table td.lacks{font-style:italic}
.multi-table .excerpt{font-weight:normal}
.print-only{display:none}
@media print{
body{font-size:11pt}
.clausewise-page{max-width:none;padding:0 0 0 .75rem}
.skip-link,.keyboard-help,.screen-only{display:none}
.print-only{display:block}
a{color:inherit;text-decoration:none}
del,ins,.move-link,.move-from{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.clause[data-clause-change]{border-left:3px solid #000;padding-left:.5rem}
.clause,.recital,.paragraph,.point{break-inside:avoid}
}
`

/**
 * The CSS of every page: text decorations for changes (never colour alone), a visually hidden
 * class for screen-reader words, change bars, focus rings, and print rules (change bars kept,
 * side by side printed inline).
 *
 * @example stylesheet().includes('@media print') // true
 */
export function stylesheet(): string {
  return css
}
