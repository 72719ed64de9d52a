// Peer-group page: histogram of the group's totals in 5-point bins (the table below lists every agency).
(function () {
  'use strict';
  var el = document.getElementById('histogram');
  if (!el || !window.echarts) { return; }
  var totals = JSON.parse(el.getAttribute('data-totals'));
  var low = Math.min(50, Math.floor(Math.min.apply(null, totals) / 5) * 5);
  var labels = [];
  var counts = [];
  for (var b = low; b < 100; b += 5) {
    labels.push(b + '–' + (b + 5));
    counts.push(totals.filter(function (t) { return t >= b && (t < b + 5 || (b + 5 === 100 && t <= 100)); }).length);
  }
  var chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    title: { text: el.getAttribute('data-title'), textStyle: { fontSize: 14 } },
    tooltip: {},
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: counts, itemStyle: { color: '#2b6cb0' } }]
  });
}());
