/** Builds the add-in (through webpack.config.js) and the injected fake host for the browser test, with webpack's Node API. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import type { Configuration } from 'webpack';

const ROOT = join(__dirname, '..', '..');

function compile(config: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/** Builds the add-in into `outputPath` (development mode without source maps by default: fast, same code paths). */
export async function buildAddin(outputPath: string, mode: 'development' | 'production' = 'development'): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Configuration>;
  const config = await makeConfig({ outputPath, noSourceMaps: true, only: 'addin' }, { mode });
  await compile({ ...config, context: ROOT, infrastructureLogging: { level: 'error' }, stats: 'errors-only' });
}

/** Builds the offline web app (production, as shipped) into `outputPath` and returns the path of chitieu.html. */
export async function buildWebApp(outputPath: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<Configuration>;
  rmSync(outputPath, { recursive: true, force: true });
  const config = await makeConfig({ outputPath, only: 'web' }, { mode: 'production' });
  await compile({ ...config, context: ROOT, infrastructureLogging: { level: 'error' }, stats: 'errors-only' });
  return join(outputPath, 'chitieu.html');
}

/** Builds the fake Excel host into one script file for page.addInitScript. */
export async function buildFakeHost(outputPath: string): Promise<string> {
  await compile({
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: join(__dirname, 'fake-host-entry.ts'),
    output: { path: outputPath, filename: 'fake-host.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }] },
    stats: 'errors-only',
  });
  return join(outputPath, 'fake-host.js');
}
