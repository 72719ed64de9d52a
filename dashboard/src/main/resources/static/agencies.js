// Agencies page: grade chart (ECharts from the WebJar) and a search that matches Thai names, provinces and ids.
(function () {
  'use strict';
  var chartEl = document.getElementById('grade-chart');
  if (chartEl && window.echarts) {
    var data = JSON.parse(chartEl.getAttribute('data-chart'));
    var chart = echarts.init(chartEl, null, { renderer: 'svg' });
    // Every grade is named under its bar. ECharts would hide labels that overlap (the Thai names are long),
    // leaving a bar without its grade: where the longest name does not fit its bar's slot, all are slanted.
    var measure = document.createElement('canvas').getContext('2d');
    measure.font = '12px sans-serif';
    var longest = Math.max.apply(null, data.labels.map(function (l) { return measure.measureText(l).width; }));
    var axisLabel = function () {
      var slot = (chartEl.clientWidth - 56) / Math.max(1, data.labels.length);
      return { interval: 0, rotate: longest + 8 > slot ? 30 : 0 };
    };
    // On a phone the title is wider than the chart: it wraps onto a second line instead of running off the edge.
    var titleText = chartEl.getAttribute('data-title');
    measure.font = 'bold 14px sans-serif';
    var titleWidth = measure.measureText(titleText).width;
    var layout = function () {
      var room = chartEl.clientWidth - 20;
      return {
        title: { textStyle: { width: room } },
        grid: { top: titleWidth > room ? 60 : 40 },
        xAxis: { axisLabel: axisLabel() }
      };
    };
    chart.setOption({
      title: { text: titleText, left: 8, textStyle: { fontSize: 14, lineHeight: 20, overflow: 'break' } },
      tooltip: {},
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.labels, axisLabel: axisLabel() },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: data.counts, itemStyle: { color: '#2b6cb0' }, label: { show: true, position: 'top' } }]
    });
    chart.setOption(layout());
    window.addEventListener('resize', function () {
      chart.setOption(layout());
      chart.resize();
    });
  }
  var search = document.getElementById('search');
  var table = document.getElementById('agencies');
  if (!search || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var noMatch = document.getElementById('no-match');
  search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var hit = q === '' || row.textContent.toLowerCase().indexOf(q) >= 0;
      row.hidden = !hit;
      if (hit) { shown++; }
    });
    noMatch.hidden = shown !== 0;
  });
}());
