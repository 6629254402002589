/* global window, document, location, setTimeout */
/*
 * Start-up check, a plain script that runs before the app: if a program file cannot be loaded or
 * the app does not start, the page says so (in both interface languages) with a reload button,
 * instead of "Loading…" forever. Text only (textContent), no HTML is injected.
 */
(function () {
  var failures = (window.lzBootFailures = []);
  var started = function () {
    return document.documentElement.getAttribute('data-app-started') === 'true';
  };
  function show(reason) {
    if (started()) return;
    var root = document.getElementById('root');
    if (!root || document.getElementById('boot-error')) return;
    var box = document.createElement('div');
    box.id = 'boot-error';
    box.className = 'boot-error';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'boot-error');
    var zh = document.createElement('p');
    zh.textContent =
      reason === 'slow'
        ? '地图应用启动时间过长，可能有程序文件未能加载。'
        : '地图应用未能启动：程序文件未能加载或已损坏。';
    var en = document.createElement('p');
    en.lang = 'en';
    en.textContent =
      reason === 'slow'
        ? 'The map application is taking unusually long to start; a program file may have failed to load.'
        : 'The map application could not start: a program file failed to load or is damaged.';
    var detail = document.createElement('p');
    detail.className = 'boot-error-detail';
    detail.textContent = failures
      .map(function (u) {
        return u.split('/').pop();
      })
      .join(', ');
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = '重新加载 / Reload';
    button.addEventListener('click', function () {
      location.reload();
    });
    box.append(zh, en, detail, button);
    root.replaceChildren(box);
  }
  window.addEventListener(
    'error',
    function (e) {
      var el = e.target;
      if (el && el !== window && (el.tagName === 'SCRIPT' || el.tagName === 'LINK')) {
        failures.push(el.src || el.href);
        // A style sheet or a preload alone does not stop the app; a failed script does.
        if (el.tagName === 'SCRIPT') show('failed');
      } else if (!started()) {
        // A script that loaded but cannot run (e.g. cut short) reports a plain error.
        show('failed');
      }
    },
    true,
  );
  setTimeout(function () {
    show('slow');
  }, 20000);
})();
