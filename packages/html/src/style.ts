import {palette} from './palette.js'

const {text, muted, link, deleted, inserted, moved, focus} = palette

// One constant: its SHA-256 is in `hashes.ts` for the Content-Security-Policy.
const css = `:root{color-scheme:light}
body{margin:0;color:${text.color};background:${text.background};font:1rem/1.55 Georgia,"Times New Roman",serif;overflow-wrap:break-word}
.clausewise-page{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 3rem}
.clausewise-page.wide{max-width:min(120rem,100%)}
a{color:${link.color}}
h1{font-size:1.45rem;line-height:1.3;margin:.5rem 0 1rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #8a8a8a;padding:.3rem .55rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f3f3}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.skip-link{position:absolute;left:-10000px;top:.5rem;background:${text.background};padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:1rem}
:focus-visible,[data-change]:focus,.clause:focus,main:focus{outline:3px solid ${focus.color};outline-offset:2px}
.meta-line,.legend,.keyboard-help,.author{color:${muted.color}}
.version{white-space:normal}
.doc-number{font-weight:bold;margin:0}
.formula{font-style:italic}
.clause,.recital,.paragraph,.point,.block-container{margin:.45rem 0;padding-left:.6rem;border-left:4px solid transparent}
.clause p,.recital p,.paragraph p,.point p{margin:.25rem 0}
.point,.depth-1{margin-left:2rem}
.depth-2{margin-left:4rem}
.depth-3{margin-left:6rem}
.num{font-weight:bold;margin-right:.45em}
.paragraph,.point{display:grid;grid-template-columns:2.2rem minmax(0,1fr)}
.paragraph>*,.point>*{grid-column:2}
.paragraph>.num,.point>.num{grid-column:1;margin:.25rem 0}
.note-list li{display:grid;grid-template-columns:2rem minmax(0,1fr) auto;gap:0 .5rem}
.note-list li>p{grid-column:2;margin:.2rem 0}
.note-list li>.num{grid-column:1;margin:.2rem 0}
.note-list li>a{grid-column:3;grid-row:1;align-self:start;margin:.2rem 0}
.clause[data-clause-change]{border-left-color:#8a8a8a}
.clause[data-cosmetic]{border-left-style:dotted;border-left-width:3px}
.clause-note{font-size:.9rem;color:${muted.color};margin:.1rem 0}
del{color:${deleted.color};background:${deleted.background};text-decoration:line-through;text-decoration-thickness:2px}
ins{color:${inserted.color};background:${inserted.background};text-decoration:underline;text-decoration-thickness:2px}
.cosmetic del,del.cosmetic,.num-change.quiet{color:${muted.color};background:none;text-decoration-thickness:1px}
.cosmetic ins,ins.cosmetic{color:inherit;background:none;text-decoration:underline dotted 1px}
.num-change.quiet{text-decoration:none;font-weight:normal}
del.num-change.quiet{text-decoration:line-through 1px}
ins.num-change.quiet{color:inherit;background:none}
.replacement[data-kind=formatting]>del{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.formatting-note{font-size:.85em;color:${muted.color}}
.link-mark{text-decoration:underline;color:${link.color}}
.invisible-character{font:bold .8em/1 ui-monospace,Menlo,Consolas,monospace;color:${deleted.color};background:#fff7d6;border:1px solid ${deleted.color};border-radius:2px;padding:0 .15em;white-space:nowrap}
.moved .clause-text,.move-link{color:${moved.color};background:${moved.background};text-decoration:underline double}
.move-from{color:${moved.color};background:${moved.background};padding:.1rem .4rem}
.note-list{list-style:none;padding-left:0}
.note-list .num{font-weight:normal}
.notes{border-top:1px solid #8a8a8a;margin-top:2rem;font-size:.95rem}
.stats-tables{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
.hidden-note{font-style:italic;margin:.25rem 0}
.filter-note{display:none}
.view-controls{border:1px solid #8a8a8a;margin:1rem 0;padding:.4rem .8rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
.view-controls legend{padding:0 .3rem;font-weight:bold}
.control{display:inline-flex;align-items:center;gap:.35rem;min-height:44px}
.control input{width:1.2rem;height:1.2rem;margin:0}
.change-navigation{position:sticky;bottom:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1rem;margin-top:1rem;padding:.5rem .8rem;background:${text.background};border-top:2px solid #8a8a8a}
.change-navigation[hidden]{display:none}
.change-navigation button{font:inherit;min-height:44px;min-width:44px;padding:.3rem .9rem;border:1px solid ${link.color};border-radius:4px;background:${text.background};color:${link.color};cursor:pointer}
.change-position{font-variant-numeric:tabular-nums;min-width:4.5rem;text-align:center}
[role=suggestion] del{margin-right:.2em}
.redline-table{width:100%;table-layout:fixed}
.redline-table .clause-column{width:10rem}
.redline-table th[scope=row]{font-weight:normal}
.cell-label{display:none}
td.absent{font-style:italic;color:${muted.color}}
tr.moved td{color:${moved.color};text-decoration:underline double}
.multi-table td.lacks{font-style:italic}
.multi-table .excerpt{font-weight:normal}
.multi-table .text{display:block;font-size:.9rem;margin-top:.2rem}
.print-only{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) [data-kind=typography]{--filtered:1}
:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) del[data-kind=typography],:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) [data-kind=typography]>del,:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) [data-kind=typography] .formatting-note,:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) [data-kind=typography] .visually-hidden{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) ins[data-kind=typography],:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) [data-kind=typography]>ins{color:inherit;background:none;text-decoration:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-typography:checked) .filter-note[data-kind=typography]{display:block}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked):has(.filter-typography:checked) [data-only-kind=typography]{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) [data-kind=case]{--filtered:1}
:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) del[data-kind=case],:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) [data-kind=case]>del,:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) [data-kind=case] .formatting-note,:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) [data-kind=case] .visually-hidden{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) ins[data-kind=case],:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) [data-kind=case]>ins{color:inherit;background:none;text-decoration:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-case:checked) .filter-note[data-kind=case]{display:block}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked):has(.filter-case:checked) [data-only-kind=case]{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) [data-kind=punctuation]{--filtered:1}
:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) del[data-kind=punctuation],:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) [data-kind=punctuation]>del,:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) [data-kind=punctuation] .formatting-note,:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) [data-kind=punctuation] .visually-hidden{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) ins[data-kind=punctuation],:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) [data-kind=punctuation]>ins{color:inherit;background:none;text-decoration:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-punctuation:checked) .filter-note[data-kind=punctuation]{display:block}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked):has(.filter-punctuation:checked) [data-only-kind=punctuation]{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) [data-kind=whitespace]{--filtered:1}
:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) del[data-kind=whitespace],:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) [data-kind=whitespace]>del,:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) [data-kind=whitespace] .formatting-note,:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) [data-kind=whitespace] .visually-hidden{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) ins[data-kind=whitespace],:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) [data-kind=whitespace]>ins{color:inherit;background:none;text-decoration:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-whitespace:checked) .filter-note[data-kind=whitespace]{display:block}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked):has(.filter-whitespace:checked) [data-only-kind=whitespace]{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) [data-kind=formatting]{--filtered:1}
:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) del[data-kind=formatting],:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) [data-kind=formatting]>del,:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) [data-kind=formatting] .formatting-note,:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) [data-kind=formatting] .visually-hidden{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) ins[data-kind=formatting],:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) [data-kind=formatting]>ins{color:inherit;background:none;text-decoration:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-formatting:checked) .filter-note[data-kind=formatting]{display:block}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked):has(.filter-formatting:checked) [data-only-kind=formatting]{display:none}
:is(.clausewise-page,.clausewise-redline):has(.filter-unchanged:checked) .clause:not([data-clause-change]):not(.move-from){display:none}
@media (max-width:48rem){
.clausewise-page{padding:.75rem .75rem 2rem}
.point,.depth-1{margin-left:1rem}
.depth-2{margin-left:2rem}
.depth-3{margin-left:3rem}
.redline-table,.redline-table tbody,.redline-table tr,.redline-table th,.redline-table td,.multi-table,.multi-table tbody,.multi-table tr,.multi-table th,.multi-table td{display:block;width:auto}
.redline-table thead,.multi-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.redline-table tr,.multi-table tr{margin-bottom:.75rem}
.redline-table td,.multi-table td{border-top:0}
.cell-label{display:block;font-size:.85rem;font-weight:bold;color:${muted.color}}
.change-navigation{gap:.3rem .6rem;padding:.35rem .5rem}
.change-navigation button{padding:.2rem .6rem}
}
@page{size:A4;margin:20mm 16mm 18mm 16mm;@top-center{font:8pt Georgia,serif;color:#444}@bottom-right{content:"Page " counter(page) " / " counter(pages);font:8pt Georgia,serif;color:#444}}
@media print{
body{font-size:11pt}
.clausewise-page,.clausewise-page.wide{max-width:none;padding:0 0 0 .75rem}
.skip-link,.keyboard-help,.screen-only,.view-controls,.change-navigation{display:none!important}
.print-only{display:block}
a{color:inherit;text-decoration:none}
del,ins,.move-link,.move-from{print-color-adjust:exact;-webkit-print-color-adjust:exact}
.clause[data-clause-change]{border-left:3px solid #000;padding-left:.5rem}
.clause[data-cosmetic]{border-left:1px dotted #000}
h1,h2,h3,.clause-note,caption{break-after:avoid}
.redline-section>h2+*,.attachment>h2+*{break-before:avoid}
p,li{orphans:3;widows:3}
.stats,tr{break-inside:avoid}
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
