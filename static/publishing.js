// casekb publishing pages: problems that jump to their line in the editor,
// and the check re-run (POST /api/lint) while typing. The pages work without it.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;

  function selectLine(line) {
    var lines = text.value.split("\n");
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    var end = start + (lines[line - 1] || "").length;
    text.focus();
    text.setSelectionRange(start, end);
    var lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-line]");
    if (!link) return;
    var line = parseInt(link.getAttribute("data-line"), 10);
    if (line > 0) {
      event.preventDefault();
      selectLine(line);
    }
  });

  var list = document.querySelector(".problem-list");
  if (!list) return;
  var timer = null;
  var labels = { error: "誤り", warning: "警告" };
  function render(problems) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var ok = document.querySelector(".problems .ok");
    if (ok) ok.hidden = problems.length > 0;
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.className = "problem " + p.severity;
      var link = document.createElement("a");
      link.href = "#L" + p.line;
      link.setAttribute("data-line", p.line);
      link.textContent = p.line + " 行目";
      var strong = document.createElement("strong");
      strong.textContent = labels[p.severity] || p.severity;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(strong);
      item.appendChild(document.createTextNode(" " + p.message));
      if (p.suggestion) {
        item.appendChild(document.createElement("br"));
        var s = document.createElement("span");
        s.className = "suggestion";
        s.textContent = "提案: " + p.suggestion;
        item.appendChild(s);
      }
      list.appendChild(item);
    });
  }
  text.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch("/api/lint", { method: "POST", headers: { "Content-Type": "text/markdown" }, body: text.value })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) { if (body && body.problems) render(body.problems); })
        .catch(function () {});
    }, 800);
  });
})();
