// Workshop pages: progressive enhancement only; every form works without this script.
(function () {
  'use strict';

  // Workshop form: show the text fields of the chosen working languages only.
  function syncLanguages() {
    var boxes = document.querySelectorAll('[data-workshop-language]');
    if (!boxes.length) { return; }
    var chosen = {};
    boxes.forEach(function (box) { chosen[box.value] = box.checked; });
    document.querySelectorAll('[data-language-field]').forEach(function (field) {
      field.hidden = !chosen[field.getAttribute('data-language-field')];
    });
  }

  // Registration form: a question asked only of in-person (or online) participants appears when that is chosen.
  function syncAttendance() {
    var checked = document.querySelector('input[name="attendance"]:checked');
    var select = document.querySelector('select[name="attendance"]');
    var attendance = checked ? checked.value : (select ? select.value : null);
    if (!attendance) { return; }
    document.querySelectorAll('[data-shown-when]').forEach(function (block) {
      var when = block.getAttribute('data-shown-when');
      var show = when === 'ALWAYS' || when === attendance;
      block.hidden = !show;
      block.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !show; });
    });
    var note = document.getElementById('conditional-note');
    if (note) { note.hidden = true; }
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-workshop-language]')) { syncLanguages(); }
    if (event.target.name === 'attendance') { syncAttendance(); }
  });
  document.addEventListener('DOMContentLoaded', function () { syncLanguages(); syncAttendance(); });
})();
