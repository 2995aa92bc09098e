/* Hand-written (not generated). Four mends to the theme's search:
   1. The search dialog gets a name (aria-label), which the theme leaves out (axe: aria-dialog-name).
   2. Hyphenated words in a search ("cease-fire", "al-Assad") must match
   as a whole: the search index splits them into words (the separator in mkdocs.yml), and Material
   would show every page holding any one of them ("fire", "firearms"). This rewrites such a word into
   words that are all required ("+cease +fire") on its way to the search worker, so only pages with
   the whole phrase are found. Works with the theme's own worker and with the offline plugin's
   iframe-worker shim (both deliver the query as a message {type: 2, data: query}: Material 9.x's
   QUERY message; the browser test checks it against the pinned theme).
   3. Offline (file://), the worker is an iframe of this page: before the index documents reach it
   (the SETUP message, {type: 0}), the index built at build time (search/lunr_index.js, written by
   generator/site/search_prebuilt.py) is loaded into it, and lunr's Builder there hands that index
   to Material in place of building one word by word, which took seconds at thousands of articles.
   Refs are positions in the documents, mapped back to their locations. Anything amiss (no file,
   another index, no lunr) and Material builds the index itself, as before.
   4. Results from the prebuilt index carry no word positions, so Material cannot mark the words
   found: the words of each result that begin with the terms it matched (the h parameter of its
   link, which Material writes) are marked here, cut by the same separator, as Material marks them. */
(function () {
  "use strict";
  var SETUP = 0;
  var QUERY = 2;
  var PREBUILT = "search/lunr_index.js";
  var HYPHENATED = /(^|\s)([+]?)([^\s"+\-*~^:]+(?:-[^\s"+\-*~^:]+)+)(?=\s|$)/g;

  function rewrite(query) {
    return query.replace(HYPHENATED, function (_, space, plus, word) {
      return space + word.split("-").filter(Boolean).map(function (part) { return "+" + part; }).join(" ");
    });
  }

  // Where search/lunr_index.js is: beside the search index script Material added to this page.
  function prebuiltUrl() {
    var script = document.querySelector("script[src$='search/search_index.js']");
    if (script) { return script.src.replace(/search\/search_index\.js$/, PREBUILT); }
    var config = document.getElementById("__config");
    try {
      return new URL(PREBUILT, new URL(JSON.parse(config.textContent).base + "/", location.href)).href;
    } catch (e) { return null; }
  }

  // lunr in the worker's window builds nothing and returns the prebuilt index, once.
  function usePrebuilt(win, docs) {
    var lunr = win.lunr, data = win.__lunr_index;
    if (!lunr || !lunr.Builder || !lunr.Index || !data || !docs || data.docs !== docs.length ||
        !docs.length || data.first !== docs[0].location || data.last !== docs[docs.length - 1].location) {
      return;
    }
    var builder = lunr.Builder.prototype, add = builder.add, build = builder.build;
    builder.add = function () {};
    builder.build = function () {
      builder.add = add;
      builder.build = build;
      var index = lunr.Index.load(data.index), search = index.search;
      index.search = function () {
        return search.apply(this, arguments).map(function (result) {
          var metadata = result.matchData.metadata;
          for (var term in metadata) {
            for (var field in metadata[term]) { metadata[term][field].position = []; }
          }
          return { ref: docs[+result.ref].location, score: result.score, matchData: result.matchData };
        });
      };
      return index;
    };
  }

  // Offline only (the iframe shim): load the prebuilt index into the worker, then send SETUP.
  function setup(worker, post, args) {
    var frame = worker.iframe, url = prebuiltUrl();
    var win = frame && frame.contentWindow;
    if (!win || !url) { return post.apply(worker, args); }
    var sent = false;
    function send() {
      if (sent) { return; }
      sent = true;
      try { usePrebuilt(frame.contentWindow, args[0].data && args[0].data.docs); } catch (e) { /* Material builds */ }
      post.apply(worker, args);
    }
    function load() {
      if (!frame.contentWindow || !frame.contentWindow.lunr) { return send(); }
      var doc = frame.contentWindow.document;
      var script = doc.createElement("script");
      script.onload = send;
      script.onerror = send;
      script.src = url;
      (doc.body || doc.documentElement).appendChild(script);
    }
    if (win.document.readyState !== "complete") {
      frame.addEventListener("load", load);
    } else if (win.lunr) {
      load();
    } else {
      send();
    }
  }

  function patch(proto) {
    if (!proto || proto.__newsSearchTerms) { return; }
    var post = proto.postMessage;
    proto.postMessage = function (message) {
      if (message && message.type === SETUP && this.iframe) {
        return setup(this, post, arguments);
      }
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

  // 4. Each word of a text node that begins with one of ``terms`` goes into a <mark>.
  function markWords(node, terms, separator) {
    var text = node.nodeValue, parts = [], last = 0, start = 0, match;
    separator.lastIndex = 0;
    do {
      match = separator.exec(text);
      var end = match ? match.index : text.length;
      if (start < end && terms.some(function (t) { return text.slice(start, end).toLowerCase().indexOf(t) === 0; })) {
        parts.push(document.createTextNode(text.slice(last, start)));
        var mark = document.createElement("mark");
        mark.setAttribute("data-md-highlight", "");
        mark.textContent = text.slice(start, end);
        parts.push(mark);
        last = end;
      }
      if (match) {
        start = match.index + match[0].length;
        if (!match[0].length) { separator.lastIndex = match.index + 1; }
      }
    } while (match);
    if (!parts.length) { return; }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith.apply(node, parts);
  }

  function markResult(link) {
    var article = link.querySelector("article");
    if (!article || article.querySelector("mark") || typeof __index === "undefined") { return; }
    var terms;
    try { terms = (new URL(link.href).searchParams.get("h") || "").toLowerCase().split(" ").filter(Boolean); } catch (e) { return; }
    if (!terms.length) { return; }
    var separator = new RegExp(__index.config.separator, "g"), nodes = [];
    var walk = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      if (!walk.currentNode.parentElement.closest(".md-search-result__terms")) { nodes.push(walk.currentNode); }
    }
    nodes.forEach(function (node) { markWords(node, terms, separator); });
  }

  function watchResults() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || typeof MutationObserver === "undefined") { return; }
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        Array.prototype.forEach.call(change.addedNodes, function (item) {
          if (item.querySelectorAll) { Array.prototype.forEach.call(item.querySelectorAll("a[href]"), markResult); }
        });
      });
    }).observe(list, { childList: true, subtree: true });
  }

  function ready() {
    label();
    watchResults();
  }

  function label() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search"); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
