/**
 * The page script. It shows the previous / next buttons and their "3 / 11" counter (touch and
 * keyboard alike: they are buttons), moves focus between the changes a reader can see (`[data-change]`
 * that is displayed and not hidden by a view filter, which sets `--filtered: 1`), and handles the
 * single-key shortcuts `n`/`j` and `p`/`k` unless the reader turned them off (WCAG 2.1.4; the choice
 * is remembered where the browser allows). Following a link to a change focuses it. Optional: without
 * it, the page reads the same, the summary links, the skip link and the view filters still work. Its
 * SHA-256 is in `hashes.ts` for the Content-Security-Policy.
 */
export const navigationScript = `(function(){
var selector='[data-change]:not(ins[data-pair])';
var bar=document.querySelector('.change-navigation');
var counter=bar&&bar.querySelector('.change-position');
var shortcuts=bar&&bar.querySelector('input.shortcuts');
var last=-1;
try{if(shortcuts&&window.localStorage.getItem('clausewise-shortcuts')==='off')shortcuts.checked=false}catch(error){}
function shown(element){return element.getClientRects().length>0&&getComputedStyle(element).getPropertyValue('--filtered').trim()!=='1'}
function stops(){return Array.prototype.filter.call(document.querySelectorAll(selector),shown)}
function indexOf(all,element){for(var i=0;i<all.length;i++){if(all[i]===element||all[i].contains(element))return i}return -1}
function update(){if(!counter)return;var all=stops();var i=indexOf(all,document.activeElement);if(i>=0)last=i;counter.textContent=(i>=0?String(i+1):'\\u2013')+' / '+all.length}
function focusOn(element){element.focus({preventScroll:true});element.scrollIntoView({block:'center'});update()}
function move(step){
var all=stops();if(!all.length)return false;
var current=document.activeElement;var index=indexOf(all,current);var next;
if(index>=0){next=all[index+step]}
else if(!current||current===document.body||(bar&&bar.contains(current))){next=last>=0?all[last+step]:(step>0?all[0]:all[all.length-1])}
else{for(var i=0;i<all.length;i++){var position=current.compareDocumentPosition(all[i]);
if(step>0&&(position&4)){next=all[i];break}
if(step<0&&(position&2)&&!(position&8)){next=all[i]}}}
if(!next)return false;focusOn(next);return true}
if(bar){bar.hidden=false;update();
bar.addEventListener('click',function(event){var button=event.target&&event.target.closest&&event.target.closest('button[data-step]');if(button){move(Number(button.getAttribute('data-step')))}});
if(shortcuts)shortcuts.addEventListener('change',function(){try{window.localStorage.setItem('clausewise-shortcuts',shortcuts.checked?'on':'off')}catch(error){}})}
document.addEventListener('focusin',update);
document.addEventListener('change',update);
document.addEventListener('keydown',function(event){
if(event.defaultPrevented||event.altKey||event.ctrlKey||event.metaKey)return;
if(shortcuts&&!shortcuts.checked)return;
var target=event.target;
if(target&&(target.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))return;
var step=event.key==='n'||event.key==='j'?1:event.key==='p'||event.key==='k'?-1:0;
if(step&&move(step))event.preventDefault();
});
window.addEventListener('hashchange',function(){
var element=document.getElementById(decodeURIComponent(location.hash.slice(1)));
if(element){element.focus({preventScroll:true})}
});
})();`
