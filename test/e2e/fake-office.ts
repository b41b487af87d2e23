/** A stand-in for office.js in the browser tests: an Excel host whose ribbon registrations and API sets a test controls. */

/** Options of the stand-in: which ExcelApi version the host claims, and whether it has a shared runtime. */
export interface FakeOfficeOptions {
  readonly excelApi: string;
  readonly sharedRuntime: boolean;
}

/**
 * Script text served instead of office.js. `window.__chitieuBoot` records which ribbon functions were associated and
 * which resources the page had requested at the first association.
 */
export function fakeOfficeScript(options: FakeOfficeOptions): string {
  return `
window.__chitieuBoot = { associated: [], resourcesAtAssociate: null };
window.Office = {
  HostType: { Excel: 'Excel' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  actions: {
    associate: function (name) {
      var boot = window.__chitieuBoot;
      boot.associated.push(name);
      if (!boot.resourcesAtAssociate) boot.resourcesAtAssociate = performance.getEntriesByType('resource').map(function (e) { return e.name; });
    }
  },
  addin: { showAsTaskpane: function () { return Promise.resolve(); } },
  context: {
    displayLanguage: 'vi-VN',
    requirements: {
      isSetSupported: function (set, version) {
        if (set === 'SharedRuntime') return ${options.sharedRuntime};
        if (set !== 'ExcelApi') return false;
        var a = String(version).split('.').map(Number), b = ${JSON.stringify(options.excelApi)}.split('.').map(Number);
        return a[0] < b[0] || (a[0] === b[0] && (a[1] || 0) <= (b[1] || 0));
      }
    },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: 'succeeded' }); } } }
  },
  onReady: function (callback) {
    var info = { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise(function (resolve) { setTimeout(function () { if (callback) callback(info); resolve(info); }, 0); });
  }
};`;
}
