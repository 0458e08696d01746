import path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');

/** Webpack config of the simulator's browser bundle (one script: `${outDir}/excel-sim.js`). */
export function simulatorBundleConfig(outDir: string): webpack.Configuration {
  return {
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { 'excel-sim': path.join(__dirname, 'browser.ts') },
    output: { path: outDir, filename: '[name].js', clean: false },
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
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  };
}

/** Builds the bundle; resolves to the path of excel-sim.js. */
export function buildSimulatorBundle(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(simulatorBundleConfig(outDir), (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
      resolve(path.join(outDir, 'excel-sim.js'));
    });
  });
}
