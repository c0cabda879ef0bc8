/* Article page: pointing at (or tabbing to) a fact in the list lights up its evidence in the text. */
(function () {
  "use strict";
  function marksOf(iri) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (m) {
      return (m.getAttribute("data-facts") || "").split(" ").indexOf(iri) >= 0;
    });
  }
  document.querySelectorAll("[data-fact]").forEach(function (li) {
    var iri = li.getAttribute("data-fact");
    function on() { marksOf(iri).forEach(function (m) { m.classList.add("hl"); }); }
    function off() { marksOf(iri).forEach(function (m) { m.classList.remove("hl"); }); }
    li.addEventListener("mouseenter", on);
    li.addEventListener("mouseleave", off);
    li.addEventListener("focusin", on);
    li.addEventListener("focusout", off);
  });
})();
