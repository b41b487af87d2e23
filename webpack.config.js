// Builds the ChiTieu task pane and ribbon commands into dist/ (one page: the shared runtime hosts both),
// copies the manifest, icons and a local Office.js, and serves dist over https://localhost:3000 in development.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { webAppConfig } = require('./webpack.web');

const DIST = path.resolve(__dirname, 'dist');
const OFFICE_JS = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
const PORT = 3000;

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

/** The add-in's configuration. */
const addinConfig = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? 'development' : 'production',
    cache: { type: 'filesystem', name: dev ? 'chitieu-dev' : 'chitieu-prod', buildDependencies: { config: [__filename] } },
    devtool: dev && !env.noSourceMaps ? 'source-map' : false,
    entry: {
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: { path: env.outputPath ? path.resolve(env.outputPath) : DIST, filename: dev ? '[name].js' : '[name].[contenthash:8].js', clean: true },
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
    optimization: { splitChunks: { chunks: 'all', name: 'shared' } },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['commands', 'taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: OFFICE_JS,
            to: 'office',
            globOptions: { ignore: ['**/*.debug.js', '**/*.d.ts', '**/*.map', ...OTHER_HOSTS.map((h) => `**/${h}*.js`)] },
          },
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
