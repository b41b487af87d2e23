// Builds the ChiTieu task pane and ribbon commands into dist/ (one page: the shared runtime hosts both),
// copies the manifest, icons and a local Office.js, and serves dist over https://localhost:3000 in development.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

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

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: dev ? 'development' : 'production',
    cache: { type: 'filesystem', name: dev ? 'chitieu-dev' : 'chitieu-prod', buildDependencies: { config: [__filename] } },
    devtool: dev && !env.noSourceMaps ? 'source-map' : false,
    entry: {
      commands: './src/addin/commands.ts',
      taskpane: './src/addin/pane.tsx',
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
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/addin/taskpane.html', chunks: ['commands', 'taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'src/addin/support.html', to: 'support.html' },
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
