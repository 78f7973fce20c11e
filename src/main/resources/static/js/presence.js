// Keeps the heartbeat of a desk ticket page (form #presence-beat in templates/tickets/desk/ticket.html,
// polled by htmx) truthful: it says whether the agent has an unsent reply or note in a box marked
// data-presence, reports at once when that changes, and stops once the page has not been used for
// data-idle-after seconds, so that a forgotten tab neither warns colleagues nor keeps its session alive.
(function () {
  'use strict';

  var lastUse = Date.now();

  function beat() {
    return document.getElementById('presence-beat');
  }

  function activity() {
    var boxes = document.querySelectorAll('[data-presence]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].value.trim() !== '') {
        return boxes[i].dataset.presence;
      }
    }
    return 'VIEWING';
  }

  function update() {
    var form = beat();
    if (!form) {
      return;
    }
    var field = form.elements.namedItem('activity');
    var now = activity();
    if (field.value !== now) {
      field.value = now;
      if (window.htmx) {
        window.htmx.trigger(form, 'presence-changed');
      }
    }
  }

  ['keydown', 'pointerdown', 'scroll', 'focusin'].forEach(function (type) {
    document.addEventListener(type, function () {
      lastUse = Date.now();
    }, {capture: true, passive: true});
  });
  document.addEventListener('input', function (event) {
    if (event.target.dataset && event.target.dataset.presence) {
      update();
    }
  });
  document.addEventListener('htmx:afterSwap', update);
  document.addEventListener('DOMContentLoaded', update);
  document.addEventListener('htmx:configRequest', function (event) {
    var form = beat();
    if (form && event.detail.elt === form && Date.now() - lastUse > Number(form.dataset.idleAfter) * 1000) {
      event.preventDefault();
    }
  });
})();
