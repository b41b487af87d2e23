// A small webpack plugin for the single-file web app: replaces every <script src> that html-webpack-plugin
// injects with the script's text, turns the worker's script into a non-running text block the page reads to
// start its worker (file:// pages cannot load worker files), and drops the separate .js files from the output.
'use strict';
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Script text made safe inside an HTML <script> element (no early "</script", no "<!--" comment start). */
function htmlSafe(source) {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

class InlineScriptsPlugin {
  /** @param {{ workerChunk: string, workerElementId: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.compilation.tap('InlineScriptsPlugin', (compilation) => {
      const inlined = new Set();
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('InlineScriptsPlugin', (data) => {
        const publicPath = data.publicPath || '';
        // The minimizer moves license comments to NAME.LICENSE.txt and leaves a pointer; a single file keeps them inline.
        const withLicenses = (code) =>
          code.replace(/^\/\*! For license information please see (\S+) \*\//, (banner, name) => {
            const license = compilation.getAsset(name);
            if (!license) return banner;
            inlined.add(name);
            return `/*!\n${license.source.source().toString().replace(/\*\//g, '* /')}\n*/`;
          });
        const inline = (tag) => {
          const src = tag.tagName === 'script' && tag.attributes && tag.attributes.src;
          if (!src) return tag;
          const file = decodeURIComponent(src.slice(publicPath.length).split('?')[0]);
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`InlineScriptsPlugin: no asset ${file}`);
          inlined.add(file);
          const worker = file.startsWith(`${this.options.workerChunk}.`);
          return {
            tagName: 'script',
            voidTag: false,
            meta: tag.meta,
            attributes: worker ? { type: 'text/plain', id: this.options.workerElementId } : {},
            innerHTML: htmlSafe(withLicenses(asset.source.source().toString())),
          };
        };
        // The worker's text must be in the page before the page's script runs: put every script at the end of <body>, worker first.
        const scripts = [...data.headTags, ...data.bodyTags].filter((t) => t.tagName === 'script').map(inline);
        scripts.sort((a, b) => Number(b.attributes.id === this.options.workerElementId) - Number(a.attributes.id === this.options.workerElementId));
        data.headTags = data.headTags.filter((t) => t.tagName !== 'script');
        data.bodyTags = [...data.bodyTags.filter((t) => t.tagName !== 'script'), ...scripts];
        return data;
      });
      compilation.hooks.processAssets.tap({ name: 'InlineScriptsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        for (const file of inlined) compilation.deleteAsset(file);
      });
    });
  }
}

module.exports = { InlineScriptsPlugin };
