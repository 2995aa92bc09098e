/* Hand-written (not generated). Two mends to the theme's search:
   1. The search dialog gets a name (aria-label), which the theme leaves out (axe: aria-dialog-name).
   2. Hyphenated words in a search ("cease-fire", "al-Assad") must match
   as a whole: the search index splits them into words (the separator in mkdocs.yml), and Material
   would show every page holding any one of them ("fire", "firearms"). This rewrites such a word into
   words that are all required ("+cease +fire") on its way to the search worker, so only pages with
   the whole phrase are found. Works with the theme's own worker and with the offline plugin's
   iframe-worker shim (both deliver the query as a message {type: 2, data: query}: Material 9.x's
   QUERY message; the browser test checks it against the pinned theme). */
(function () {
  "use strict";
  var QUERY = 2;
  var HYPHENATED = /(^|\s)([+]?)([^\s"+\-*~^:]+(?:-[^\s"+\-*~^:]+)+)(?=\s|$)/g;

  function rewrite(query) {
    return query.replace(HYPHENATED, function (_, space, plus, word) {
      return space + word.split("-").filter(Boolean).map(function (part) { return "+" + part; }).join(" ");
    });
  }

  function patch(proto) {
    if (!proto || proto.__newsSearchTerms) { return; }
    var post = proto.postMessage;
    proto.postMessage = function (message) {
      if (message && message.type === QUERY && typeof message.data === "string") {
        var args = Array.prototype.slice.call(arguments);
        args[0] = { type: message.type, data: rewrite(message.data) };
        return post.apply(this, args);
      }
      return post.apply(this, arguments);
    };
    proto.__newsSearchTerms = true;
  }

  if (typeof Worker !== "undefined") { patch(Worker.prototype); }

  function label() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search"); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", label);
  } else {
    label();
  }
})();
