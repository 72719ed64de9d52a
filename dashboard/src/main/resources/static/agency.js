// Agency overview: total by year against the same-type and national medians, method changes marked.
(function () {
  'use strict';
  var el = document.getElementById('total-chart');
  if (!el || !window.echarts) { return; }
  var rows = JSON.parse(el.getAttribute('data-series'));
  var labels = JSON.parse(el.getAttribute('data-labels'));
  var breaks = JSON.parse(el.getAttribute('data-breaks'));
  var years = rows.map(function (r) { return String(r.fiscal_year); });
  function column(name) { return rows.map(function (r) { return r[name] === null ? null : r[name]; }); }
  var marks = breaks.filter(function (y) { return years.indexOf(String(y)) > 0; })
    .map(function (y) { return { xAxis: String(y), label: { formatter: labels[3] } }; });
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    title: { text: el.getAttribute('data-title'), textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: labels.slice(0, 3) },
    grid: { left: 44, right: 16, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }, max: 100 },
    series: [
      { name: labels[0], type: 'line', data: column('total'), symbolSize: 8, connectNulls: false,
        markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#a0aec0' }, data: marks } },
      { name: labels[1], type: 'line', data: column('type_p50'), lineStyle: { type: 'dotted' } },
      { name: labels[2], type: 'line', data: column('national_p50'), lineStyle: { type: 'dotted' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
