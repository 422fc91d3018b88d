// Progressive enhancement only: every form works without this file.
// Adds a toggle after each password field that shows or hides what was typed. Its words are
// the page's, in the page's language (the field's data-show-label and data-hide-label): a
// field without them gets no toggle rather than one in another language.
(function () {
  "use strict";
  var fields = document.querySelectorAll('input[type="password"][data-show-label][data-hide-label]');
  Array.prototype.forEach.call(fields, function (input) {
    var showLabel = input.getAttribute("data-show-label");
    var hideLabel = input.getAttribute("data-hide-label");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-plain reveal";
    button.textContent = showLabel;
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? hideLabel : showLabel;
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    input.insertAdjacentElement("afterend", button);
  });
})();
