(function () {
  "use strict";
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var claims = Array.prototype.slice.call(document.querySelectorAll(".claim"));
  function apply() {
    var shown = 0;
    claims.forEach(function (claim) {
      var ok = selects.every(function (select) {
        if (!select.value) { return true; }
        var values = (claim.getAttribute("data-" + select.getAttribute("data-filter")) || "").split("\n");
        return values.indexOf(select.value) !== -1;
      });
      claim.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("shown").textContent = String(shown);
    document.getElementById("none").hidden = shown !== 0;
  }
  selects.forEach(function (select) { select.addEventListener("change", apply); });
  document.getElementById("reset").addEventListener("click", function () {
    selects.forEach(function (select) { select.value = ""; });
    apply();
  });
  Array.prototype.slice.call(document.querySelectorAll("#verdicts button")).forEach(function (button) {
    button.addEventListener("click", function () {
      document.getElementById("filter-verdict").value = button.getAttribute("data-verdict");
      apply();
    });
  });
  apply();
  document.documentElement.setAttribute("data-ready", "1");
}());
