import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/e2e-webpack');

type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<webpack.Configuration> | webpack.Configuration;

/**
 * The add-in exactly as the project's webpack.config.js builds it (task pane page, commands,
 * manifest), in development mode without source maps and with a filesystem cache so re-runs
 * are quick, written to `outDir`.
 */
export async function addinConfig(outDir: string): Promise<webpack.Configuration> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await factory({}, { mode: 'development' });
  return {
    ...config,
    name: 'addin',
    mode: 'development',
    devtool: false,
    output: { ...config.output, path: outDir },
    // The config files are build dependencies: editing them must not reuse a stale cache.
    cache: { type: 'filesystem', cacheDirectory: CACHE, name: 'addin', buildDependencies: { config: [path.join(ROOT, 'webpack.config.js'), __filename] } },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  };
}

/** The simulator bootstrap that stands in for office.js in the browser (one script, no chunks). */
export function simulatorConfig(outDir: string, entry: string): webpack.Configuration {
  return {
    name: 'excel-sim',
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { 'excel-sim': entry },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    cache: { type: 'filesystem', cacheDirectory: CACHE, name: 'excel-sim', buildDependencies: { config: [__filename] } },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  };
}

export async function buildBundles(addinDir: string, simDir: string, simulatorEntry: string): Promise<void> {
  const configs = [await addinConfig(addinDir), simulatorConfig(simDir, simulatorEntry)];
  await new Promise<void>((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`webpack build failed:\n${stats?.toString({ all: false, errors: true, errorDetails: true })}`));
      }
      resolve();
    });
  });
}
