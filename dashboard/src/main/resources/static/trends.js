// Median trends page: one line per indicator / item / tool over the years; method changes drawn as dashed lines.
(function () {
  'use strict';
  var el = document.getElementById('trend-chart');
  if (!el || !window.echarts) { return; }
  var years = JSON.parse(el.getAttribute('data-years')).map(String);
  var keys = JSON.parse(el.getAttribute('data-keys'));
  var points = JSON.parse(el.getAttribute('data-points'));
  var breaks = JSON.parse(el.getAttribute('data-breaks')).map(String)
    .filter(function (y) { return years.indexOf(y) > 0; });
  var byKey = {};
  // A line is a row: a question's row is one item over the years, whatever code it had each year.
  points.forEach(function (p) { var id = p.row || p.key; (byKey[id] = byKey[id] || {})[String(p.fiscal_year)] = p.p50; });
  var series = keys.map(function (k, i) {
    return {
      name: k.name, type: 'line', connectNulls: false, symbolSize: 6,
      data: years.map(function (y) { return byKey[k.key] && byKey[k.key][y] !== undefined ? byKey[k.key][y] : null; }),
      markLine: i === 0 ? { symbol: 'none', lineStyle: { type: 'dashed', color: '#a0aec0' },
        label: { formatter: el.getAttribute('data-break-label') }, data: breaks.map(function (y) { return { xAxis: y }; }) } : undefined
    };
  });
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    tooltip: { trigger: 'axis', confine: true },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 44, right: 24, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }, max: 100 },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
