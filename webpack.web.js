// Builds the offline web app into one self-contained file, chitieu.html: the page's script and its worker's
// script are inlined (the worker's as text the page starts through a Blob URL), nothing else is emitted.
'use strict';
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { InlineScriptsPlugin } = require('./scripts/webpack-inline-scripts');

/** Id of the element holding the worker's script (src/web/worker-client.ts reads it). */
const WORKER_ELEMENT_ID = 'chitieu-worker-source';

/** The web app's webpack configuration for a mode and output folder. */
function webAppConfig({ dev, outputPath }) {
  return {
    name: 'web',
    mode: dev ? 'development' : 'production',
    cache: { type: 'filesystem', name: dev ? 'chitieu-web-dev' : 'chitieu-web-prod', buildDependencies: { config: [__filename, require.resolve('./scripts/webpack-inline-scripts')] } },
    devtool: false,
    target: ['web', 'es2020'],
    entry: { web: './src/web/index.tsx', 'web-worker': './src/web/worker.ts' },
    output: { path: outputPath, filename: '[name].[contenthash:8].js', globalObject: 'self', clean: false },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'chitieu.html', template: './src/web/chitieu.html', chunks: ['web-worker', 'web'], inject: 'body', scriptLoading: 'blocking', minify: false }),
      new InlineScriptsPlugin({ workerChunk: 'web-worker', workerElementId: WORKER_ELEMENT_ID }),
    ],
  };
}

module.exports = { webAppConfig, WORKER_ELEMENT_ID };
