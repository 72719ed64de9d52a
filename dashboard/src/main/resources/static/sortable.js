// Sortable tables: every table[data-sortable] gets header buttons; numbers sort as numbers, text in Thai
// dictionary order (Intl.Collator 'th'), and aria-sort tells screen readers the current order.
(function () {
  'use strict';
  var collator = new Intl.Collator(['th', 'en'], { numeric: true, sensitivity: 'base' });
  function value(row, index, numeric) {
    var text = row.cells[index] ? row.cells[index].textContent.trim() : '';
    if (!numeric) { return text; }
    var n = parseFloat(text.replace(/,/g, ''));
    return isNaN(n) ? -Infinity : n;
  }
  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a, index, numeric);
          var y = value(b, index, numeric);
          var c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
}());
