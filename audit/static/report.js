(function () {
  var table = document.getElementById('findings');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var sev = document.getElementById('f-severity'), kind = document.getElementById('f-kind');
  var year = document.getElementById('f-year'), q = document.getElementById('f-text');
  var shown = document.getElementById('shown');
  function apply() {
    var needle = q.value.trim().toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var ok = (!sev.value || r.getAttribute('data-severity') === sev.value) &&
               (!kind.value || r.getAttribute('data-kind') === kind.value) &&
               (!year.value || r.getAttribute('data-year') === year.value) &&
               (!needle || r.textContent.toLowerCase().indexOf(needle) >= 0);
      r.hidden = !ok; if (ok) n++;
    });
    shown.textContent = String(n);
  }
  [sev, kind, year].forEach(function (el) { el.addEventListener('change', apply); });
  q.addEventListener('input', apply);
  function keyOf(r, i) {
    var c = r.cells[i], k = c.getAttribute('data-sort');
    return k !== null ? k : c.textContent.trim();
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      rows.sort(function (a, b) {
        var x = keyOf(a, i), y = keyOf(b, i), nx = parseFloat(x.replace(',', '.')), ny = parseFloat(y.replace(',', '.'));
        var c = (!isNaN(nx) && !isNaN(ny) && /^-?[0-9]/.test(x) && /^-?[0-9]/.test(y)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  apply();
  document.documentElement.setAttribute('data-ready', '1');
})();
