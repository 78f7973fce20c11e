// Checks the files chosen in an attachment input (templates/tickets/attachments.html) against the
// limits the server enforces too, so that nobody waits for an upload that will be refused. The texts
// come from the input's data attributes, in the page's language.
(function () {
  'use strict';

  function problemsOf(input) {
    var problems = [];
    var files = Array.prototype.slice.call(input.files || []);
    var maxBytes = Number(input.dataset.maxBytes);
    var allowed = (input.dataset.extensions || '').toLowerCase().split(',');
    if (files.length > Number(input.dataset.maxFiles)) {
      problems.push(input.dataset.tooMany);
    }
    files.forEach(function (file) {
      var dot = file.name.lastIndexOf('.');
      var extension = dot > 0 ? file.name.slice(dot).toLowerCase() : '';
      if (allowed.indexOf(extension) < 0) {
        problems.push(input.dataset.notAllowed.replace('{name}', file.name));
      } else if (file.size > maxBytes) {
        problems.push(input.dataset.tooLarge.replace('{name}', file.name));
      } else if (file.size === 0) {
        problems.push(input.dataset.empty.replace('{name}', file.name));
      }
    });
    return problems;
  }

  function show(input, problems) {
    var list = document.getElementById(input.dataset.problems);
    list.replaceChildren.apply(list, problems.map(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      return item;
    }));
    list.hidden = problems.length === 0;
    input.setCustomValidity(problems.join(' '));
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'file' && input.dataset.maxBytes) {
      show(input, problemsOf(input));
    }
  });

  // Forms in Loket use novalidate (the server's messages are the ones shown), so hold the upload back here.
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    Array.prototype.forEach.call(inputs, function (input) {
      var problems = problemsOf(input);
      show(input, problems);
      if (problems.length > 0) {
        event.preventDefault();
        input.focus();
      }
    });
  }, true);
}());
