// MigraCap client behaviour. No inline scripts: the content security policy allows only scripts from this origin.
(function () {
  'use strict';

  // Send the CSRF token with every HTMX request.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Let HTMX swap error responses that carry a page fragment (validation errors are answered with 4xx).
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if (status === 400 || status === 409 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Charts: any element with data-echarts holds ECharts options as JSON; data-echarts-map names a GeoJSON URL to
  // register as map "world" first. ECharts is loaded only on pages that have charts.
  var echartsLoading = null;
  function loadEcharts() {
    if (window.echarts) { return Promise.resolve(window.echarts); }
    if (!echartsLoading) {
      echartsLoading = new Promise(function (resolve, reject) {
        var src = document.getElementById('app-script').getAttribute('data-echarts-src');
        var script = document.createElement('script');
        script.src = src;
        script.onload = function () { resolve(window.echarts); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return echartsLoading;
  }

  var maps = {};
  function ensureMap(echarts, name, url) {
    if (!url || maps[name]) { return Promise.resolve(); }
    maps[name] = fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); })
      .then(function (geo) { echarts.registerMap(name, geo); });
    return maps[name];
  }

  function initCharts(root) {
    var nodes = (root || document).querySelectorAll('[data-echarts]');
    if (!nodes.length) { return; }
    loadEcharts().then(function (echarts) {
      nodes.forEach(function (node) {
        if (node.getAttribute('data-echarts-ready')) { return; }
        node.setAttribute('data-echarts-ready', 'true');
        var options = JSON.parse(node.getAttribute('data-echarts'));
        var mapUrl = node.getAttribute('data-echarts-map');
        ensureMap(echarts, node.getAttribute('data-echarts-map-name') || 'world', mapUrl).then(function () {
          var chart = echarts.init(node, null, { renderer: 'svg' });
          chart.setOption(options);
          window.addEventListener('resize', function () { chart.resize(); });
          var link = node.getAttribute('data-echarts-link');
          if (link) {
            chart.on('click', function (params) {
              var key = (params.data && params.data.key) || params.name;
              if (key) { window.location.href = link.replace('{key}', encodeURIComponent(key)); }
            });
          }
        });
      });
    });
  }

  // Auto-submit controls (filters) without inline handlers.
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.matches && target.matches('[data-autosubmit]') && target.form && !window.htmx) {
      target.form.submit();
    }
  });

  // Confirmation for destructive actions: <button data-confirm="message">.
  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-confirm]') : null;
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () { initCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { initCharts(event.target); });
  window.MigraCap = { initCharts: initCharts };
})();
