// Indicators page: radar of the ten indicators (this year, last year, same-type median); the table below has the same numbers.
(function () {
  'use strict';
  var el = document.getElementById('radar');
  if (!el || !window.echarts) { return; }
  var rows = JSON.parse(el.getAttribute('data-rows'));
  var labels = JSON.parse(el.getAttribute('data-labels'));
  var en = el.getAttribute('data-lang') === 'en';
  function values(name) { return rows.map(function (r) { return r[name] === null ? null : r[name]; }); }
  var all = [].concat(values('score'), values('last_score'), values('type_p50')).filter(function (v) { return v !== null; });
  var low = Math.max(0, Math.floor((Math.min.apply(null, all) - 5) / 10) * 10);
  function shortName(r) {
    var n = en ? r.name_en : r.name_th;
    return r.indicator + '. ' + (n.length > 22 ? n.substring(0, 21) + '…' : n);
  }
  var series = [
    { name: labels[0], value: values('score'), lineStyle: { width: 3 } },
    { name: labels[1], value: values('last_score'), lineStyle: { type: 'dashed' } },
    { name: labels[2], value: values('type_p50'), lineStyle: { type: 'dotted' } }
  ].filter(function (s) { return s.value.some(function (v) { return v !== null; }); });
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    tooltip: {},
    legend: { bottom: 0, data: series.map(function (s) { return s.name; }) },
    radar: {
      radius: '62%',
      center: ['50%', '48%'],
      indicator: rows.map(function (r) { return { name: shortName(r), min: low, max: 100 }; }),
      axisName: { color: '#2d3748', fontSize: 11 }
    },
    series: [{ type: 'radar', data: series, symbolSize: 5 }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
