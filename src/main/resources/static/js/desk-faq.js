// Puts a chosen FAQ article (its title and address, from the button's data-insert) into the desk's
// reply box at the cursor. Without this script the button submits the reply form and the server adds
// the link at the end of the draft (DeskArticleLinkController).
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('button[data-insert]') : null;
    var box = document.getElementById('reply-text');
    if (!button || !(box instanceof HTMLTextAreaElement)) {
      return;
    }
    event.preventDefault();
    var start = box.selectionStart;
    var end = box.selectionEnd;
    var before = box.value.slice(0, start);
    var text = button.dataset.insert;
    if (before.length > 0 && !/\s$/.test(before)) {
      text = ' ' + text;
    }
    box.setRangeText(text, start, end, 'end');
    box.focus();
  });
}());
