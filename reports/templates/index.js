(function () {
  var table = document.getElementById("articles");
  var filter = document.getElementById("filter");
  if (!table || !filter) return;
  filter.hidden = false;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  filter.addEventListener("input", function () {
    var q = filter.value.toLowerCase();
    rows.forEach(function (r) { r.hidden = q && r.textContent.toLowerCase().indexOf(q) < 0; });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.className = "sort";
    th.textContent = "";
    th.appendChild(button);
    var asc = true;
    button.addEventListener("click", function () {
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-sort") || a.cells[col].textContent;
        var y = b.cells[col].getAttribute("data-sort") || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      asc = !asc;
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    });
  });
})();
