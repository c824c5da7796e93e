// Assessment data entry: warn before leaving the page while an answer is still being saved (slow connections), and
// say so in the page. Loaded by the cycle page only; no inline scripts (content security policy).
(function () {
  'use strict';
  var pending = 0;
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.target.closest && event.target.closest('.answer-form, .review-form')) { pending++; }
  });
  document.addEventListener('htmx:afterRequest', function (event) {
    if (event.target.closest && event.target.closest('.answer-form, .review-form')) { pending = Math.max(0, pending - 1); }
  });
  window.addEventListener('beforeunload', function (event) {
    if (pending > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
