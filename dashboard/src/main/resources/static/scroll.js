// On a narrow screen a wide table scrolls inside itself (app.css); a keyboard user must be able to reach and
// scroll it, so a table that overflows becomes focusable (WCAG 2.1.1, axe's scrollable-region-focusable).
(function () {
  function mark() {
    document.querySelectorAll('main table').forEach(function (t) {
      if (t.scrollWidth > t.clientWidth + 1) {
        t.setAttribute('tabindex', '0');
      } else if (t.getAttribute('tabindex') === '0') {
        t.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
})();
