// Runs before first paint (a classic script that the build puts inside index.html's <head>, allowed by
// the Content-Security-Policy by its hash; src/content/first-paint.ts): applies the saved theme and text
// size so the page never flashes or shifts.
// The key and values are those of src/lib/settings.ts; storage unavailable or damaged leaves the defaults.
(function () {
  var saved;
  try {
    saved = JSON.parse(localStorage.getItem('verbatim:settings')) || {};
  } catch {
    saved = {};
  }
  var theme = /^(light|dark)$/.test(saved.theme) ? saved.theme : null;
  var size = /^(small|large|x-large)$/.test(saved.textSize) ? saved.textSize : 'medium';
  var root = document.documentElement;
  root.dataset.theme = theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  root.dataset.textSize = size;
})();
