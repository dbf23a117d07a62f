// What the page says before the app has loaded, when it cannot (index.html, #boot).
// scripts/post-build.mjs puts it inline after #boot, past Trunk's minifier, so that it
// stays plain ES5: even a browser too old for the app (Internet Explorer mode) runs it
// and says so. Until the app removes #boot, a failure to load is said in words.
// The loading note itself starts hidden and is shown from here: without scripts, only
// the <noscript> note is on the page.
(function () {
  function show(id, alert) {
    var boot = document.getElementById('boot');
    if (!boot) return;
    var parts = ['boot-loading', 'boot-failed', 'boot-unsupported'];
    for (var i = 0; i < parts.length; i++) {
      document.getElementById(parts[i]).hidden = parts[i] !== id;
    }
    if (alert) boot.querySelector('.boot-body').setAttribute('role', 'alert');
  }
  var script = document.createElement('script');
  if (typeof WebAssembly !== 'object' || !('noModule' in script)
    || typeof DecompressionStream !== 'function') {
    show('boot-unsupported', true);
    return;
  }
  show('boot-loading', false);
  window.addEventListener('error', function () { show('boot-failed', true); });
  window.addEventListener('unhandledrejection', function () { show('boot-failed', true); });
})();
