// XHPO report runtime: embeds every chart, then writes a JSON status into #xhpo-status that the
// browser test reads (charts rendered, marks per chart, sections with data, console errors).
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

  const jobs = specs.map(function (c) {
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
  });
  Promise.all(jobs).then(function () {
    status.done = true;
    status.renderMs = Math.round(performance.now());
    document.getElementById('xhpo-status').textContent = JSON.stringify(status);
    document.body.setAttribute('data-rendered', 'true');
  });
})();
