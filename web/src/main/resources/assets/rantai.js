// Rantai's little script (the pages work without it): live countdowns to deadlines, and an award plan's progress.
(function () {
  'use strict';

  var words = null;

  function countdowns(root) {
    if (!words) {
      var meta = document.querySelector('meta[name="rantai-countdown"]');
      if (!meta) { return; }
      words = JSON.parse(meta.getAttribute('content'));
    }
    root.querySelectorAll('time[data-countdown]').forEach(function (el) {
      var deadline = Date.parse(el.getAttribute('datetime'));
      if (isNaN(deadline)) { return; }
      var left = Math.floor((deadline - Date.now()) / 60000);
      var text;
      if (left <= 0) { text = words.passed; }
      else if (left >= 1440) { text = words.days.replace('{0}', Math.floor(left / 1440)).replace('{1}', Math.floor((left % 1440) / 60)); }
      else if (left >= 60) { text = words.hours.replace('{0}', Math.floor(left / 60)).replace('{1}', left % 60); }
      else { text = words.minutes.replace('{0}', Math.max(1, left)); }
      var target = el.nextElementSibling;
      if (target && target.classList.contains('remaining')) { target.textContent = text; }
    });
  }

  // An award plan that is solving: best score over time from the API's server-sent events, then the finished plan.
  function planProgress(root) {
    var box = root.querySelector('[data-plan-events]');
    if (!box || !window.EventSource || box.dataset.listening) { return; }
    box.dataset.listening = 'true';
    var source = new EventSource(box.getAttribute('data-plan-events'));
    var points = [];
    var line = box.querySelector('polyline');
    var status = box.querySelector('.plan-status');
    var score = box.querySelector('.plan-score');
    var bar = box.querySelector('progress');
    var limit = Number(box.getAttribute('data-time-limit-ms')) || 1;
    function soft(s) {
      var m = /(-?\d+)soft/.exec(s || '');
      return m ? Number(m[1]) : null;
    }
    source.addEventListener('progress', function (e) {
      var p = JSON.parse(e.data);
      if (bar) { bar.value = Math.min(100, Math.round(100 * p.elapsedMillis / limit)); }
      if (score && p.bestScore) { score.textContent = p.bestScore; }
      var s = soft(p.bestScore);
      if (s !== null && line) {
        points.push([p.elapsedMillis, s]);
        var min = Math.min.apply(null, points.map(function (q) { return q[1]; }));
        var max = Math.max.apply(null, points.map(function (q) { return q[1]; }));
        line.setAttribute('points', points.map(function (q) {
          var x = Math.round(300 * q[0] / limit);
          var y = max === min ? 40 : Math.round(75 - 70 * (q[1] - min) / (max - min));
          return x + ',' + y;
        }).join(' '));
      }
    });
    ['SOLVED', 'FAILED', 'CANCELLED', 'ACCEPTED'].forEach(function (name) {
      source.addEventListener(name, function () {
        source.close();
        if (status) { status.textContent = name; }
        window.location.reload();
      });
    });
  }

  function init(root) {
    countdowns(root);
    planProgress(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    init(document);
    setInterval(function () { countdowns(document); }, 30000);
  });
  document.addEventListener('htmx:load', function (e) { init(e.target); });
})();
