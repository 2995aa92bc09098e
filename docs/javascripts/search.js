/* Hand-written (not generated). Seven mends to the theme's search:
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
   generator/site/search_prebuilt.py, with the documents and a compact inverted index as a few long
   strings, cut apart here: read in about half the time the same data took as one JSON.parse) is loaded into
   it, and lunr's Builder there hands Material an index that decodes only what each query looks up,
   in place of building one word by word, which took seconds at thousands of articles. Refs are
   positions in the documents, mapped back to their locations. When the page's search_index.js
   holds the documents, or the file does not match it, Material builds the index itself, as before.
   4. Results from the prebuilt index carry no word positions, so Material cannot mark the words
   found: the words of each result that begin with the terms it matched (the h parameter of its
   link, which Material writes) are marked here, cut by the same separator, as Material marks them.
   5. Offline, queries typed while the worker (on the page's thread) is busy are coalesced: only the
   last one is searched; one made before the worker has its index waits for it.
   6. Offline, the prebuilt index starts loading when the pointer reaches the search box or it gets
   the focus, so that part of it is done by the click.
   7. A query pasted, dropped or filled in without a key is searched (its input event counts as a key). */
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

  // A column of the prebuilt file (search_prebuilt.columns): one string cut at its separator.
  function column(data, name) {
    var value = data[name];
    return value ? value.split(data.sep) : [];
  }

  // Material's documents, put together from the prebuilt file's columns once: a location written as
  // "#anchor" is the page before it with that anchor; fields other than location, title and text
  // come from "extra" by position (None there: the document has no such field).
  function documents(data) {
    if (data.documents) { return data.documents; }
    var locations = column(data, "location"), titles = column(data, "title"), texts = column(data, "text");
    var extra = data.extra || {}, relative = data.relative !== false, docs = new Array(locations.length), page = "";
    for (var i = 0; i < locations.length; i++) {
      var location = locations[i];
      if (relative && location.charAt(0) === "#") { location = page + location; } else { page = location.split("#")[0]; }
      var doc = { location: location, title: titles[i], text: texts[i] }, more = extra[i];
      if (more) {
        for (var name in more) {
          if (more[name] === null) { delete doc[name]; } else { doc[name] = more[name]; }
        }
      }
      docs[i] = doc;
    }
    data.documents = docs;
    return docs;
  }

  // The prebuilt index (generator/site/search_prebuilt.py: terms, and for each the documents holding it
  // per field with its count there) as a lunr.Index that decodes only what a query looks up: the
  // token set is a trie over the sorted terms whose edges are made when a query walks them, a
  // term's posting is decoded when the query asks for it, and a document's field vector holds the
  // scores of the terms this query looked up (lunr scores a match by its dot product with the
  // query's vector, which holds no other term), each computed as lunr's Builder does (idf, k1 1.2,
  // b 0 as Material sets it, field and document boosts, three decimals).
  function lazyIndex(lunr, data, docs) {
    var terms = column(data, "terms"), postings = column(data, "postings"), fields = data.fields, count = data.count;
    var boosts = {}, decoded = Object.create(null), looked = Object.create(null), vectors = Object.create(null);
    fields.forEach(function (field, i) { boosts[field] = data.boosts[i] || 1; });

    function find(term) {
      var lo = 0, hi = terms.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (terms[mid] < term) { lo = mid + 1; } else { hi = mid; }
      }
      return lo < terms.length && terms[lo] === term ? lo : -1;
    }

    // {_index, field: {ref: {position: []}}} as lunr's posting, and per field [ref, count] pairs
    function decode(id) {
      var posting = { _index: id }, pairs = {}, total = 0, parts = postings[id].split(";");
      fields.forEach(function (field, f) {
        var refs = {}, list = [], doc = 0;
        (parts[f] ? parts[f].split(",") : []).forEach(function (item) {
          var dot = item.indexOf(".");
          doc += parseInt(dot < 0 ? item : item.slice(0, dot), 36);
          refs[doc] = { position: [] };
          list.push(doc, dot < 0 ? 1 : parseInt(item.slice(dot + 1), 36));
        });
        posting[field] = refs;
        pairs[field] = list;
        total += list.length / 2;
      });
      var x = (count - total + 0.5) / (total + 0.5);
      return { posting: posting, pairs: pairs, idf: Math.log(1 + Math.abs(x)) };
    }

    function posting(term) {
      var id = find(term);
      if (id < 0) { return undefined; }
      var entry = decoded[id] || (decoded[id] = decode(id));
      if (!looked[id]) {                       // first look-up in this query: its scores join the vectors
        looked[id] = true;
        fields.forEach(function (field) {
          var list = entry.pairs[field];
          for (var i = 0; i < list.length; i += 2) {
            var tf = list[i + 1], boost = (docs[list[i]] && docs[list[i]].boost) || 1;
            var score = entry.idf * ((1.2 + 1) * tf) / (1.2 * (1 - 0) + tf);
            score *= boosts[field];
            score *= boost;
            var key = field + "/" + list[i];
            (vectors[key] || (vectors[key] = [])).push(id, Math.round(score * 1000) / 1000);
          }
        });
      }
      return entry.posting;
    }

    function Node(lo, hi, depth) {
      this.lo = lo; this.hi = hi; this.depth = depth; this.final = terms[lo].length === depth; this.id = 0;
    }
    Node.prototype = Object.create(lunr.TokenSet.prototype);
    Object.defineProperty(Node.prototype, "edges", { get: function () {
      if (!this._edges) {
        var edges = {}, i = this.lo, d = this.depth;
        if (terms[i].length === d) { i++; }
        while (i < this.hi) {
          var c = terms[i][d], j = i + 1;
          while (j < this.hi && terms[j][d] === c) { j++; }
          edges[c] = new Node(i, j, d + 1);
          i = j;
        }
        this._edges = edges;
      }
      return this._edges;
    } });

    var fieldVectors = new Proxy({}, {
      get: function (target, key) {
        if (typeof key !== "string") { return undefined; }
        var elements = vectors[key];
        if (elements && !(elements instanceof lunr.Vector)) {
          var order = [];
          for (var i = 0; i < elements.length; i += 2) { order.push(i); }
          order.sort(function (a, b) { return elements[a] - elements[b]; });
          var sorted = [];
          order.forEach(function (i) { sorted.push(elements[i], elements[i + 1]); });
          elements = vectors[key] = new lunr.Vector(sorted);
        }
        return elements || new lunr.Vector([]);
      },
      ownKeys: function () {                   // a query of prohibited terms alone scores every document
        var keys = [];
        for (var d = 0; d < count; d++) { fields.forEach(function (field) { keys.push(field + "/" + d); }); }
        return keys;
      },
      getOwnPropertyDescriptor: function (target, key) {
        return { value: this.get(target, key), enumerable: true, configurable: true, writable: false };
      }
    });
    var invertedIndex = new Proxy({}, {
      get: function (target, key) { return typeof key === "string" ? posting(key) : undefined; },
      has: function (target, key) { return typeof key === "string" && find(key) >= 0; }
    });
    var index = new lunr.Index({ invertedIndex: invertedIndex, fieldVectors: fieldVectors,
                                 tokenSet: terms.length ? new Node(0, terms.length, 0) : new lunr.TokenSet(),
                                 fields: fields, pipeline: new lunr.Pipeline() });
    var query = index.query;
    index.query = function () {
      looked = Object.create(null);
      vectors = Object.create(null);
      return query.apply(this, arguments);
    };
    return index;
  }

  // lunr in the worker's window builds nothing and returns the prebuilt index, once.
  function usePrebuilt(win, docs) {
    var lunr = win.lunr, data = win.__lunr_index;
    if (!lunr || !lunr.Builder || !lunr.Index || !win.Proxy || !data || typeof data.terms !== "string" || !docs ||
        data.docs !== docs.length || !docs.length || data.first !== docs[0].location ||
        data.last !== docs[docs.length - 1].location) {
      return;
    }
    var builder = lunr.Builder.prototype, add = builder.add, build = builder.build;
    builder.add = function () {};
    builder.build = function () {
      builder.add = add;
      builder.build = build;
      var index = lazyIndex(lunr, data, docs), search = index.search;
      index.search = function () {
        return search.apply(this, arguments).map(function (result) {
          return { ref: docs[+result.ref].location, score: result.score, matchData: result.matchData };
        });
      };
      return index;
    };
  }

  // The prebuilt index loaded into the worker's window once; ``done`` runs when it has loaded or failed.
  function loadInto(frame, url, done) {
    var state = frame.__newsLoad;
    if (!state) {
      state = frame.__newsLoad = { loaded: false, waiting: [] };
      var doc = frame.contentWindow.document, script = doc.createElement("script");
      script.onload = script.onerror = function () {
        state.loaded = true;
        state.waiting.splice(0).forEach(function (fn) { fn(); });
      };
      script.src = url;
      (doc.body || doc.documentElement).appendChild(script);
    }
    if (state.loaded) { done(); } else { state.waiting.push(done); }
  }

  // 6. Offline, the prebuilt index starts loading as soon as the pointer reaches the search box or it
  // gets the focus (the time to the click is gained), not when the page opens: every page would
  // parse it then, at 10,000 articles megabytes, on its one thread, for readers who never search.
  function prefetch() {
    var url = prebuiltUrl();
    if (!url || location.protocol !== "file:") { return; }
    Array.prototype.forEach.call(document.querySelectorAll("iframe"), function (frame) {
      var win = frame.contentWindow;
      if (win && win.lunr && win.document.readyState === "complete") { loadInto(frame, url, function () {}); }
    });
  }

  // Offline only (the iframe shim): load the prebuilt index into the worker, then set it up. When
  // the page's search index holds no documents (search_prebuilt.py moved them into the prebuilt
  // file), the worker gets them from that file in its own window: nothing is parsed on the page or
  // copied into the worker.
  function setup(worker, post, args) {
    var frame = worker.iframe, url = prebuiltUrl();
    var win = frame && frame.contentWindow;
    if (!win || !url) { return post.apply(worker, args); }
    var sent = false;
    worker.__newsSetUp = false;
    function send() {
      if (sent) { return; }
      sent = true;
      try { setUp(); } finally { setUpDone(worker, post); }
    }
    function setUp() {
      var win = frame.contentWindow, data = win && win.__lunr_index, message = args[0].data || {};
      try { answerInPlace(win); } catch (e) { /* the shim posts them */ }
      var moved = typeof __index !== "undefined" && __index.prebuilt;
      if (moved && data && typeof data.location === "string" && data.docs === moved.docs &&
          data.first === moved.first && data.last === moved.last) {
        var docs = documents(data);
        try { usePrebuilt(win, docs); } catch (e) { /* Material builds */ }
        var options = { suggest: !!(message.options && message.options.suggest) };
        win.dispatchEvent(new win.MessageEvent("message", { data: { type: SETUP,
          data: { config: data.config, docs: docs, options: options } } }));
        return;
      }
      try { usePrebuilt(win, message.docs); } catch (e) { /* Material builds */ }
      post.apply(worker, args);
    }
    function load() {
      if (!frame.contentWindow || !frame.contentWindow.lunr) { return send(); }
      loadInto(frame, url, send);
    }
    if (win.document.readyState !== "complete") {
      frame.addEventListener("load", load);
    } else if (win.lunr) {
      load();
    } else {
      send();
    }
  }

  // Offline, the worker runs on the page's thread: of the queries typed while it is busy, only the
  // last is searched (Material shows the results of whichever query answers last). A query whose
  // last word is one or two letters or digits ("n", "noranda in") matches thousands of documents
  // at 10,000 articles and holds the page for a second or more: it waits SHORT_WAIT ms for the next
  // key, and is searched if none comes.
  var SHORT = /(^|\s)[A-Za-z0-9]{1,2}$/;
  var SHORT_WAIT = 300;
  function query(worker, post, args) {
    if (worker.__newsSetUp === false) {
      worker.__newsQueued = args;
      return;
    }
    clearTimeout(worker.__newsTimer);
    worker.__newsTimer = setTimeout(function () {
      worker.__newsTimer = null;
      post.apply(worker, args);
    }, SHORT.test(args[0].data) ? SHORT_WAIT : 0);
  }

  // The SETUP above waits for the prebuilt index; a query made before it was sent (text pasted or
  // filled in as the page opens, with no key typed after) would reach the worker before its index and
  // be lost: it is kept, the last one only, and searched once the worker is set up.
  function setUpDone(worker, post) {
    worker.__newsSetUp = true;
    var queued = worker.__newsQueued;
    worker.__newsQueued = null;
    if (queued) { query(worker, post, queued); }
  }

  // Offline, the worker's answers reach the page without a copy (the shim would post them, and the
  // browser copy every document of a result list of thousands).
  function answerInPlace(win) {
    if (!win || win.__newsAnswer) { return; }
    win.__newsAnswer = true;
    win.postMessage = function (data) {
      window.dispatchEvent(new MessageEvent("message", { data: data, source: win }));
    };
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
        return this.iframe ? query(this, post, args) : post.apply(this, args);
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
    // 7. The theme reads the query on a key's release: text pasted or dropped with the mouse, or
    // filled in by the browser, was not searched until a key was pressed. Its input event now counts
    // as one (the theme ignores a query equal to the last one, so typed keys are not searched twice).
    var input = document.querySelector("input[data-md-component=search-query]");
    if (input) {
      input.addEventListener("input", function (event) {
        if (!event.isComposing) { input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true })); }
      });
    }
    var form = document.querySelector("form[name=search]"), toggle = document.querySelector("label[for=__search]");
    [form, toggle].forEach(function (el) {
      if (!el) { return; }
      ["pointerenter", "focusin", "touchstart"].forEach(function (type) {
        el.addEventListener(type, prefetch, { passive: true });
      });
    });
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
