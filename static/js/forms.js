// Progressive enhancement only: every form works without this file.
// Adds a "Show password" toggle after each password field.
(function () {
  "use strict";
  var fields = document.querySelectorAll('input[type="password"]');
  Array.prototype.forEach.call(fields, function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-plain reveal";
    button.textContent = "Show password";
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? "Hide password" : "Show password";
      button.setAttribute("aria-pressed", show ? "true" : "false");
    });
    input.insertAdjacentElement("afterend", button);
  });
})();
