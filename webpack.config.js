// Builds the ChiTieu pane page into dist/: one small boot script (ribbon functions, registered at once) that loads
// the pane lazily; the shared runtime hosts both on this page. Production pages load Microsoft's hosted Office.js;
// development and test builds copy the local @microsoft/office-js and serve dist over https://localhost:3000.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { webAppConfig } = require('./webpack.web');

const DIST = path.resolve(__dirname, 'dist');
const OFFICE_JS = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const PORT = 3000;

/** Microsoft's hosted Office.js, which production add-ins must load (docs/adr/0108-hosted-office-js.md). */
const HOSTED_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The inline ES5 check that shows the "which Excel you need" message on web views that cannot run the bundle. */
const SUPPORT_CHECK = fs.readFileSync(path.resolve(__dirname, 'src/addin/support-check.js'), 'utf8').trim();

/** Stands in the page's CSP for the inline scripts' hashes until the final (minimized) HTML is known. */
const INLINE_HASHES = '__INLINE_SCRIPT_HASHES__';

/** The page's Content-Security-Policy: own origin, Office.js's origin in production, the inline check by hash. */
function contentSecurityPolicy(dev) {
  const scripts = ["'self'", ...(dev ? [] : [new URL(HOSTED_OFFICE_JS).origin]), INLINE_HASHES].join(' ');
  return `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`;
}

// Office.js loads host files next to itself; only Excel's (and the shared loader files) are copied.
const OTHER_HOSTS = ['access', 'onenote', 'outlook', 'powerpoint', 'project', 'visio', 'word'];

/** HTTPS options from office-addin-dev-certs; without a trusted store (no sudo), the generated files are read directly. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const read = (name) => fs.readFileSync(path.join(dir, name));
    if (fs.existsSync(path.join(dir, 'localhost.key'))) return { ca: read('ca.crt'), key: read('localhost.key'), cert: read('localhost.crt') };
    console.warn(`Dev certificates unavailable (${error.message}); run "npx office-addin-dev-certs install" first.`);
    return {};
  }
}

/** Puts the sha256 of every inline script of the emitted (possibly minimized) HTML pages into their CSP. */
class InlineScriptHashPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap('InlineScriptHash', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineScriptHash', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith('.html'))) {
          const html = assets[name].source().toString();
          if (!html.includes(INLINE_HASHES)) continue;
          const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
          compilation.updateAsset(name, new sources.RawSource(html.replace(INLINE_HASHES, hashes.join(' '))));
        }
      });
    });
  }
}

/** The add-in's configuration. */
const addinConfig = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? 'development' : 'production',
    cache: { type: 'filesystem', name: dev ? 'chitieu-dev' : 'chitieu-prod', buildDependencies: { config: [__filename, path.resolve(__dirname, 'src/addin/support-check.js')] } },
    devtool: dev && !env.noSourceMaps ? 'source-map' : false,
    entry: { boot: './src/addin/boot.ts' },
    output: {
      path: env.outputPath ? path.resolve(env.outputPath) : DIST,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev && !env.noSourceMaps } } },
        },
      ],
    },
    // Only the boot script loads at first; the pane and the ribbon's run are async chunks sharing the engine.
    optimization: { splitChunks: { chunks: 'async' } },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/taskpane.html',
        chunks: ['boot'],
        scriptLoading: 'defer',
        csp: contentSecurityPolicy(dev),
        supportCheck: SUPPORT_CHECK,
        officeJs: dev ? 'office/office.js' : HOSTED_OFFICE_JS,
      }),
      new InlineScriptHashPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'src/addin/support.html', to: 'support.html' },
          ...(dev ? [{
            from: OFFICE_JS,
            to: 'office',
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/*.map', ...OTHER_HOSTS.map((h) => `**/${h}*.js`)] },
          }] : []),
        ],
      }),
    ],
    watchOptions: { ignored: ['**/node_modules/**', '**/dist/**', '**/lib/**', '**/test-output/**', '**/*.log'] },
    devServer: serving
      ? {
          port: PORT,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

/**
 * Both builds into the same folder: the add-in, then the offline web app (dist/chitieu.html), which waits for the add-in
 * so that the add-in's output cleaning cannot remove it. `--env only=addin` or `--env only=web` builds one of them.
 */
module.exports = async (env = {}, argv = {}) => {
  const web = () => webAppConfig({ dev: argv.mode !== 'production', outputPath: env.outputPath ? path.resolve(env.outputPath) : DIST });
  if (env.only === 'web') return web();
  const addin = { ...(await addinConfig(env, argv)), name: 'addin' };
  if (env.only === 'addin' || env.WEBPACK_SERVE) return addin;
  return [addin, { ...web(), dependencies: ['addin'] }];
};
