// Questions page: heatmap item × year (weak cells outlined), and a detail panel that a click on a cell,
// a press on a table cell or ?q= in the URL opens. The URL keeps the open question so the view can be shared.
// A row is one item over the years (the server follows comparable_to): a cell carries its own year's code.
(function () {
  'use strict';
  var el = document.getElementById('heatmap');
  var panel = document.getElementById('question-detail');
  if (!el || !panel) { return; }
  var agency = el.getAttribute('data-agency');
  var lang = el.getAttribute('data-lang');
  var en = lang === 'en';
  var years = JSON.parse(el.getAttribute('data-years'));
  var rows = JSON.parse(el.getAttribute('data-rows'));
  var cells = JSON.parse(el.getAttribute('data-cells'));
  var breaks = JSON.parse(el.getAttribute('data-breaks'));
  var labels = JSON.parse(el.getAttribute('data-labels'));
  var T = en
    ? { score: 'Score', weak: 'Weak', why: 'Why', series: 'Same question over the years', peers: 'Peers this year',
        group: 'Group', none: 'no score', type: 'same type', province: 'province', region: 'region', national: 'national',
        broken: 'Before {y} this item asked something else (method change): no earlier years.', source: 'Read from', close: 'Close' }
    : { score: 'คะแนน', weak: 'ข้อที่อ่อน', why: 'เหตุผล', series: 'ข้อเดียวกันในแต่ละปี', peers: 'เทียบกลุ่มในปีนี้',
        group: 'กลุ่ม', none: 'ไม่มีคะแนน', type: 'ประเภทเดียวกัน', province: 'จังหวัด', region: 'ภาค', national: 'ทั้งประเทศ',
        broken: 'ก่อนปี {y} ข้อนี้ถามเรื่องอื่น (เปลี่ยนวิธีประเมิน) จึงไม่นำปีก่อนหน้ามาเทียบ', source: 'อ่านจาก', close: 'ปิด' };

  if (window.echarts) {
    el.style.height = Math.max(260, rows.length * 18 + 110) + 'px';
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      tooltip: {
        confine: true, extraCssText: 'max-width: 420px; white-space: normal;',
        formatter: function (p) {
          var c = p.data.value;
          // The tooltip is HTML: catalog texts (a user may add a year's catalog) are escaped.
          return esc(rows[c[1]].title) + '<br>' + esc(p.data.code) + ' · ' + years[c[0]] + ': ' + c[2].toFixed(2)
            + (p.data.weak ? ' · ' + esc(labels[1]) : '');
        }
      },
      grid: { left: 8, right: 90, top: 30, bottom: 20, containLabel: true },
      xAxis: { type: 'category', position: 'top', data: years.map(function (y) {
        return breaks.indexOf(y) >= 0 && years.indexOf(y) > 0 ? y + ' ┆' : String(y); }) },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.label; }), axisLabel: { fontSize: 11 } },
      visualMap: { min: 50, max: 100, calculable: false, orient: 'vertical', right: 0, top: 'middle', itemHeight: 160,
        inRange: { color: ['#c53030', '#ecc94b', '#f7fafc', '#2f855a'] }, text: ['100', '≤50'] },
      series: [{
        type: 'heatmap', name: labels[0],
        data: cells.map(function (c) {
          return { value: [c[0], c[1], c[2]], weak: c[3] !== null, code: c[4],
            itemStyle: c[3] !== null ? { borderColor: '#742a2a', borderWidth: 2 } : { borderColor: '#fff', borderWidth: 1 } };
        }),
        label: { show: rows.length <= 60, fontSize: 10, formatter: function (p) { return Math.round(p.data.value[2]); } }
      }]
    });
    chart.on('click', function (p) { open(p.data.code, years[p.data.value[0]], true); });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.getElementById('matrix').addEventListener('click', function (e) {
    var b = e.target.closest('button[data-code]');
    if (b) { open(b.getAttribute('data-code'), Number(b.getAttribute('data-year')), true); }
  });

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }

  function node(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = text; }
    if (cls) { n.className = cls; }
    return n;
  }
  function fmt(v) { return v === null || v === undefined ? '–' : Number(v).toFixed(2); }
  function row(table, values, head) {
    var tr = document.createElement('tr');
    values.forEach(function (v, i) { var c = node(head ? 'th' : 'td', v); if (i > 0 && !head) { c.className = 'num'; } tr.appendChild(c); });
    table.appendChild(tr);
  }

  function open(code, year, scroll) {
    var url = '/api/agencies/' + encodeURIComponent(agency) + '/questions/' + encodeURIComponent(code) + '?year=' + year + '&lang=' + lang;
    fetch(url).then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        var params = new URLSearchParams(window.location.search);
        params.set('q', code);
        params.set('year', String(year));
        window.history.replaceState(null, '', window.location.pathname + '?' + params.toString());
        var toggle = document.getElementById('lang-toggle');
        if (toggle) { params.set('lang', en ? 'th' : 'en'); toggle.setAttribute('href', window.location.pathname + '?' + params.toString()); }
        show(res.ok ? res.body : null, res.ok ? null : res.body.error);
        if (scroll) { panel.scrollIntoView({ block: 'nearest' }); }
      });
  }

  function show(d, error) {
    panel.textContent = '';
    panel.hidden = false;
    var close = node('button', T.close);
    close.type = 'button';
    close.className = 'close';
    close.addEventListener('click', function () { panel.hidden = true; });
    panel.appendChild(close);
    if (!d) { panel.appendChild(node('p', error, 'empty')); return; }
    panel.setAttribute('data-code', d.code);
    panel.setAttribute('data-year', String(d.fiscal_year));
    panel.appendChild(node('h3', d.code + ' · ' + d.fiscal_year
      + (d.title_known ? ' — ' + (en && d.text_en ? d.text_en : d.text_th) : '')));
    var mark = en ? d.text_mark_en : d.text_mark_th;
    if (mark) { panel.appendChild(node('p', '(' + mark + ')', 'unconfirmed')); }
    var summary = node('p');
    summary.appendChild(node('strong', T.score + ' ' + fmt(d.score), 'detail-score'));
    if (d.weak) { summary.appendChild(node('span', ' · ' + T.weak + ': ' + (en ? d.weak.reason_en : d.weak.reason_th), 'detail-weak')); }
    panel.appendChild(summary);
    if (d.source) { panel.appendChild(node('p', T.source + ' ' + d.source, 'printed')); }

    panel.appendChild(node('h4', T.series));
    var s = node('table', null, 'series');
    row(s, [en ? 'FY' : 'ปี', en ? 'Item' : 'ข้อ', T.score], true);
    d.series.forEach(function (p) { row(s, [String(p.fiscal_year), p.code, fmt(p.score) + (p.severity ? ' ⚑' : '')]); });
    panel.appendChild(s);
    if (d.cut_before) { panel.appendChild(node('p', T.broken.replace('{y}', d.cut_before), 'note')); }

    panel.appendChild(node('h4', T.peers));
    var peers = node('div', null, 'chart');
    peers.id = 'peer-chart';
    panel.appendChild(peers);
    var t = node('table', null, 'peers');
    row(t, [T.group, 'n', 'p10', 'p25', 'p50', 'p75', 'p90'], true);
    d.peers.forEach(function (p) { row(t, [T[p.peer_group] + (p.peer_group === 'national' ? '' : ' ' + p.group_key), String(p.n),
      fmt(p.p10), fmt(p.p25), fmt(p.p50), fmt(p.p75), fmt(p.p90)]); });
    panel.appendChild(t);
    if (window.echarts && d.peers.length) {
      var pc = echarts.init(peers, null, { renderer: 'canvas' });
      pc.setOption({
        tooltip: {},
        grid: { left: 110, right: 20, top: 20, bottom: 30 },
        yAxis: { type: 'category', data: d.peers.map(function (p) { return T[p.peer_group]; }) },
        xAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }, max: 100 },
        series: [
          { type: 'boxplot', data: d.peers.map(function (p) { return [p.p10, p.p25, p.p50, p.p75, p.p90]; }) },
          { type: 'scatter', name: T.score, symbolSize: 12, itemStyle: { color: '#c53030' },
            data: d.score === null ? [] : d.peers.map(function (p, i) { return [d.score, i]; }) }
        ]
      });
    }
  }

  var initial = el.getAttribute('data-open');
  if (initial) { open(initial, Number(el.getAttribute('data-year'))); }
}());
