/* ChiTieu: plain ES5 on purpose. Runs inline before anything else; a web view that cannot run the pane's
   ES2022 bundle (Internet Explorer 11 / Trident, old Edge) gets the "which Excel you need" message instead. */
(function () {
  var ok = typeof Object.hasOwn === 'function' && typeof Array.prototype.at === 'function' && typeof Promise === 'function';
  if (!ok) document.documentElement.className += ' chitieu-unsupported';
})();
