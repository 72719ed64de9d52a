// Peer-group page: histogram of the group's totals in 5-point bins (computed by the server, also shown as a table);
// the bin of the chosen agency (?agency=) is drawn in another colour.
(function () {
  'use strict';
  var el = document.getElementById('histogram');
  if (!el || !window.echarts) { return; }
  var bins = JSON.parse(el.getAttribute('data-bins'));
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    title: { text: el.getAttribute('data-title'), textStyle: { fontSize: 14 } },
    tooltip: {},
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: bins.map(function (b) { return b.label; }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', label: { show: true, position: 'top' },
      data: bins.map(function (b) { return { value: b.count, itemStyle: { color: b.marked ? '#dd6b20' : '#2b6cb0' } }; }) }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
