// XHPO report runtime: embeds every chart, then writes a JSON status into #xhpo-status that the
// browser test reads (charts rendered, marks per chart, sections with data, console errors, the
// times at which the first screen and the whole page were drawn, and how far the page is wider than the window).
//
// Charts are drawn one at a time in page order, and the page yields to the browser between charts, so a reader sees the top of the report while the charts below are still
// being drawn (a 1,000-trial report has a dozen charts; drawing them all at once blocks the page until
// the last one is done).
(function () {
  const specs = JSON.parse(document.getElementById('xhpo-specs').textContent);
  const datasets = JSON.parse(document.getElementById('xhpo-data').textContent);
  const status = {done: false, charts: {}, sections: {}, errors: window.__xhpoErrors, warnings: window.__xhpoWarnings};

  function countMarks(mark) {
    let n = 0;
    if (!mark) return 0;
    if (mark.marktype === 'group') {
      for (const g of mark.items || []) for (const m of g.items || []) n += countMarks(m);
    } else if (mark.role === 'mark') {
      n += (mark.items || []).length;
    }
    return n;
  }

  document.querySelectorAll('section[data-section]').forEach(function (s) {
    status.sections[s.id] = {available: s.dataset.available === 'true', charts: s.querySelectorAll('.chart').length,
      tables: s.querySelectorAll('table').length, warnings: s.querySelectorAll('.warning').length};
  });

  // Lets the browser paint and handle input before the next chart (a message is not throttled as a timer is).
  function yieldToBrowser() {
    return new Promise(function (resolve) {
      const channel = new MessageChannel();
      channel.port1.onmessage = function () { resolve(); };
      channel.port2.postMessage(null);
    });
  }

  function draw(c) {
    const spec = c.spec;
    if (c.datasets.length > 0) {
      spec.datasets = {};
      for (const name of c.datasets) spec.datasets[name] = structuredClone(datasets[name]);
    }
    const t0 = performance.now();
    return vegaEmbed('#chart-' + c.id, spec, {renderer: 'canvas', actions: {export: true, source: false,
        compiled: false, editor: false}})
      .then(function (r) {
        status.charts[c.id] = {marks: countMarks(r.view.scenegraph().root), ms: Math.round(performance.now() - t0)};
      })
      .catch(function (e) {
        status.charts[c.id] = {marks: 0, error: String(e)};
        window.__xhpoErrors.push('chart ' + c.id + ': ' + e);
      });
  }

  // Charts are drawn in page order, top first. The first screen is drawn when the next chart to draw
  // starts below the bottom of the window (an empty chart holder has no height, so where a chart will
  // sit is only known once the charts above it are drawn).
  function belowTheFold(c) {
    const el = document.getElementById('chart-' + c.id);
    return !el || el.getBoundingClientRect().top >= window.innerHeight;
  }

  (async function () {
    for (const c of specs) {
      if (status.firstScreenMs === undefined && belowTheFold(c)) {
        status.firstScreenMs = Math.round(performance.now());
      }
      await draw(c);
      await yieldToBrowser();
    }
    status.done = true;
    status.renderMs = Math.round(performance.now());
    // How far the page is wider than the window: a wide table or chart scrolls inside its own box.
    status.pageOverflowPx = Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (status.firstScreenMs === undefined) {
      status.firstScreenMs = status.renderMs;
    }
    document.getElementById('xhpo-status').textContent = JSON.stringify(status);
    document.body.setAttribute('data-rendered', 'true');
  })();
})();
