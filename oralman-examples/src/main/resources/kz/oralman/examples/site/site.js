// oralman law explorer: the search box and the diff chooser. Plain script (no modules, no fetch),
// so that the site works opened from files.
(function () {
  'use strict';
  function norm(s) { return (s || '').toLowerCase(); }
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var index = window.ORALMAN_SEARCH || [];
  function search(query) {
    var terms = norm(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) { return []; }
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var e = index[i];
      var title = norm(e.t);
      var hay = title + ' ' + norm(e.s);
      var all = terms.every(function (t) { return hay.indexOf(t) >= 0; });
      if (all) {
        var score = terms.every(function (t) { return title.indexOf(t) >= 0; }) ? 0 : 1;
        hits.push({ e: e, score: score });
      }
    }
    hits.sort(function (a, b) { return a.score - b.score || a.e.t.localeCompare(b.e.t); });
    return hits.slice(0, 40).map(function (h) { return h.e; });
  }
  function show(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var hits = search(query);
    if (norm(query).trim() === '') { list.hidden = true; return; }
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.textContent = 'Nothing found';
      list.appendChild(none);
    }
    hits.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e.u;
      a.textContent = e.t;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = e.k;
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
    list.hidden = false;
  }
  if (input && list) {
    input.addEventListener('input', function () { show(input.value); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        var first = list.querySelector('a');
        if (first) { window.location.href = first.getAttribute('href'); }
      } else if (ev.key === 'Escape') {
        list.hidden = true;
      }
    });
  }
  // index.html?q=WORDS opens with the results of WORDS shown
  var match = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (match && input && list) {
    input.value = decodeURIComponent(match[1].replace(/\+/g, ' '));
    show(input.value);
  }
  var go = document.getElementById('diff-go');
  if (go) {
    go.addEventListener('click', function () {
      var a = document.getElementById('diff-a');
      var b = document.getElementById('diff-b');
      var message = document.getElementById('diff-message');
      if (a.selectedIndex === b.selectedIndex) { message.textContent = 'Choose two different versions.'; return; }
      var from = a.selectedIndex < b.selectedIndex ? a : b;
      var to = a.selectedIndex < b.selectedIndex ? b : a;
      window.location.href = 'diff-' + from.value + '--' + to.value + '.html';
    });
  }
  window.oralmanSearch = search;
}());
