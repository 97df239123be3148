// Runs before first paint (a classic script in <head>, allowed by the Content-Security-Policy because it
// is a file of this site): applies the saved theme and text size so the page never flashes or shifts.
// The key and values are those of src/lib/settings.ts.
(function () {
  var theme = 'system';
  var size = 'medium';
  try {
    var saved = JSON.parse(window.localStorage.getItem('verbatim:settings') || '{}') || {};
    if (saved.theme === 'light' || saved.theme === 'dark') theme = saved.theme;
    if (['small', 'large', 'x-large'].indexOf(saved.textSize) >= 0) size = saved.textSize;
  } catch {
    // Storage unavailable or damaged: the defaults.
  }
  if (theme === 'system') {
    theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-theme', theme);
  document.documentElement.setAttribute('data-text-size', size);
})();
