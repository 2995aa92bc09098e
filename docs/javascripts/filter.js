/* Hand-written (not generated). The filter box of the index pages: typing narrows the list on the
   page to the entries whose text holds what was typed (case and accents ignored); letter headings
   with nothing left are hidden. Runs from file:// (no request, no library). The generator writes
   an empty <div class="news-filter" data-filter> where the box goes; without JavaScript, nothing shows. */
(function () {
  "use strict";

  function fold(value) {
    return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setup() {
    var holder = document.querySelector(".news-filter[data-filter]");
    if (!holder || holder.getAttribute("data-ready")) { return; }
    holder.setAttribute("data-ready", "1");
    var content = holder.closest("article") || document.body;
    var label = document.createElement("label");
    label.setAttribute("for", "news-filter-input");
    label.textContent = "Filter this list";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "news-filter-input";
    input.autocomplete = "off";
    input.placeholder = "Type part of a name";
    var status = document.createElement("p");
    status.className = "news-filter__status";
    status.setAttribute("role", "status");
    holder.appendChild(label);
    holder.appendChild(input);
    holder.appendChild(status);
    var lists = Array.prototype.slice.call(content.querySelectorAll("ul, ol")).filter(function (list) {
      return !list.closest(".md-nav") && list.querySelector(":scope > li");
    });
    var items = [];
    lists.forEach(function (list) {
      Array.prototype.forEach.call(list.children, function (li) {
        items.push({ li: li, text: fold(li.textContent) });
      });
    });
    input.addEventListener("input", function () {
      var query = fold(input.value.trim());
      var shown = 0;
      items.forEach(function (item) {
        var hit = !query || item.text.indexOf(query) !== -1;
        item.li.hidden = !hit;
        if (hit) { shown += 1; }
      });
      lists.forEach(function (list) {
        var empty = !list.querySelector(":scope > li:not([hidden])");
        list.hidden = empty;
        var heading = list.previousElementSibling;
        if (heading && /^H[2-3]$/.test(heading.tagName)) { heading.hidden = empty; }
      });
      status.textContent = query ? shown + (shown === 1 ? " entry matches" : " entries match") : "";
    });
  }

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
