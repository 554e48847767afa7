# Lays out the charts of `kinerja report --format html` in headless Chromium and checks that they
# read: no two labels (<text>) of a chart meet, no label leaves its chart, and no line, polyline,
# circle or rect has a coordinate outside the chart's viewBox. Three pages: the seed (PMKS and PSKS),
# DATA/crowded.json (a percentage near 100 % whose targets, realisations and end target lie within a
# point of each other, with a trend that leaves 0..100, and a count whose trend falls below 0) and
# DATA/many-years.json (twenty years of four-digit figures). The boxes are the browser's own
# (getBoundingClientRect, after the fonts are laid out), measured by a script injected into a copy of
# each page; the report itself runs no script. A screenshot of each page is left in WORK.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(flags --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir=${WORK}/profile)

# Runs in the page once it is laid out; writes one line per problem into <pre id="chart-check">,
# after a first line "charts N texts M" so that a page without charts cannot pass unseen.
set(script [=[
<script>
window.addEventListener('load', function () {
  var problems = [], charts = 0, texts = 0;
  var meet = function (a, b) {
    return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
           Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  };
  document.querySelectorAll('svg.chart').forEach(function (svg, k) {
    charts++;
    var name = 'chart ' + (k + 1);
    var frame = svg.getBoundingClientRect();
    var box = svg.viewBox.baseVal;
    var labels = Array.prototype.filter.call(svg.querySelectorAll('text'), function (t) {
      return t.textContent.trim() !== '';
    });
    texts += labels.length;
    var rects = labels.map(function (t) { return t.getBoundingClientRect(); });
    for (var i = 0; i < labels.length; i++) {
      var r = rects[i];
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 ||
          r.bottom > frame.bottom + 0.5)
        problems.push(name + ': label leaves the chart: "' + labels[i].textContent + '"');
      for (var j = i + 1; j < labels.length; j++)
        if (meet(r, rects[j]))
          problems.push(name + ': labels overlap: "' + labels[i].textContent + '" and "' +
                        labels[j].textContent + '"');
    }
    var inside = function (el, what, x, y) {
      if (!(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height))
        problems.push(name + ': ' + what + ' at (' + x + ', ' + y + ') outside the viewBox');
    };
    var at = function (el, a) { return parseFloat(el.getAttribute(a)); };
    svg.querySelectorAll('line').forEach(function (l) {
      inside(l, 'line', at(l, 'x1'), at(l, 'y1'));
      inside(l, 'line', at(l, 'x2'), at(l, 'y2'));
    });
    svg.querySelectorAll('polyline, polygon').forEach(function (p) {
      var v = p.getAttribute('points').trim().split(/[\s,]+/).map(parseFloat);
      for (var i = 0; i + 1 < v.length; i += 2) inside(p, p.tagName, v[i], v[i + 1]);
    });
    svg.querySelectorAll('circle').forEach(function (c) { inside(c, 'circle', at(c, 'cx'), at(c, 'cy')); });
    svg.querySelectorAll('rect').forEach(function (r) {
      inside(r, 'rect', at(r, 'x'), at(r, 'y'));
      inside(r, 'rect', at(r, 'x') + at(r, 'width'), at(r, 'y') + at(r, 'height'));
    });
  });
  var pre = document.createElement('pre');
  pre.id = 'chart-check';
  pre.textContent = 'charts ' + charts + ' texts ' + texts + '\n' + problems.join('\n');
  document.body.appendChild(pre);
});
</script>
]=])

set(failures "")
function(check name)
  execute_process(COMMAND ${PROGRAM} report ${ARGN} --format html -o ${WORK}/${name}.html RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "kinerja report ${ARGN} --format html failed (${rc})")
  endif()
  file(READ ${WORK}/${name}.html page)
  string(REPLACE "</body>" "${script}</body>" checked "${page}")
  file(WRITE ${WORK}/${name}.check.html "${checked}")
  execute_process(COMMAND ${CHROMIUM} ${flags} --virtual-time-budget=5000 --dump-dom file://${WORK}/${name}.check.html
    OUTPUT_VARIABLE dom RESULT_VARIABLE rc ERROR_QUIET TIMEOUT 120)
  if(NOT rc EQUAL 0 OR NOT dom MATCHES "<pre id=\"chart-check\">charts ([0-9]+) texts ([0-9]+)\n?([^<]*)</pre>")
    message(FATAL_ERROR "chromium did not run the check on ${name}.html (${rc})")
  endif()
  set(charts ${CMAKE_MATCH_1})
  set(texts ${CMAKE_MATCH_2})
  set(found "${CMAKE_MATCH_3}")
  if(charts EQUAL 0)
    message(FATAL_ERROR "${name}.html draws no chart")
  endif()
  execute_process(COMMAND ${CHROMIUM} ${flags} --window-size=1000,4000 --screenshot=${WORK}/${name}.png
    file://${WORK}/${name}.html RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET TIMEOUT 120)
  if(NOT rc EQUAL 0 OR NOT EXISTS ${WORK}/${name}.png)
    message(FATAL_ERROR "chromium could not take a screenshot of ${name}.html (${rc})")
  endif()
  string(STRIP "${found}" found)
  if(found)
    string(REPLACE "&quot;" "\"" found "${found}")
    string(REPLACE "&amp;" "&" found "${found}")
    set(failures "${failures}\n${name}.html (${charts} charts, ${texts} labels):\n${found}" PARENT_SCOPE)
  else()
    message(STATUS "${name}.html: ${charts} charts, ${texts} labels, none meets another or leaves its chart")
  endif()
endfunction()

check(seed)
check(crowded ${DATA}/crowded.json)
check(many-years ${DATA}/many-years.json)
# English labels are longer ("end target", "projection"): the same pages in English.
check(seed-en --lang en)
check(crowded-en ${DATA}/crowded.json --lang en)
check(many-years-en ${DATA}/many-years.json --lang en)
if(failures)
  message(FATAL_ERROR "the charts do not read (screenshots in ${WORK}):${failures}")
endif()
