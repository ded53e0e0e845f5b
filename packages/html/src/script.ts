/**
 * The page script: `n`/`j` move focus to the next `[data-change]`, `p`/`k` to the previous one, and
 * following a link to a change focuses it. Optional: without it, the summary links and the skip link
 * still work. Its SHA-256 is in `hashes.ts` for the Content-Security-Policy.
 */
export const navigationScript = `(function(){
var selector='[data-change]';
function shown(element){return element.getClientRects().length>0}
function focusOn(element){element.focus({preventScroll:true});element.scrollIntoView({block:'center'})}
document.addEventListener('keydown',function(event){
if(event.defaultPrevented||event.altKey||event.ctrlKey||event.metaKey)return;
var target=event.target;
if(target&&(target.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))return;
var step=event.key==='n'||event.key==='j'?1:event.key==='p'||event.key==='k'?-1:0;
if(!step)return;
var all=Array.prototype.filter.call(document.querySelectorAll(selector),shown);
if(!all.length)return;
var current=document.activeElement;
var index=all.indexOf(current);
var next;
if(index>=0){next=all[index+step]}
else if(!current||current===document.body){next=step>0?all[0]:all[all.length-1]}
else{for(var i=0;i<all.length;i++){var position=current.compareDocumentPosition(all[i]);
if(step>0&&(position&4)){next=all[i];break}
if(step<0&&(position&2)&&!(position&8)){next=all[i]}}}
if(next){event.preventDefault();focusOn(next)}
});
window.addEventListener('hashchange',function(){
var element=document.getElementById(decodeURIComponent(location.hash.slice(1)));
if(element){element.focus({preventScroll:true})}
});
})();`
