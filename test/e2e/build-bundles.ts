import * as path from 'path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A reduced webpack build for the end-to-end test: the task pane exactly as H5's config builds
 * it (same entry, same page), in development mode without source maps, plus the browser bundle
 * of the Excel simulator. A filesystem cache keeps re-runs quick.
 */
export function e2eConfigs(outDir: string, simulatorEntry: string): webpack.Configuration[] {
  const common: webpack.Configuration = {
    mode: 'development',
    devtool: false,
    context: ROOT,
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              // ES modules so webpack can split the ExcelJS reader into its own chunk.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  };
  return [
    {
      ...common,
      name: 'taskpane',
      entry: { taskpane: path.join(ROOT, 'src/taskpane/index.tsx') },
      output: { path: outDir, filename: '[name].js', chunkFilename: '[name].chunk.js', publicPath: '/', clean: false },
      plugins: [
        new HtmlWebpackPlugin({ template: path.join(ROOT, 'src/taskpane/taskpane.html'), filename: 'taskpane.html', chunks: ['taskpane'] }),
      ],
      cache: { type: 'filesystem', cacheDirectory: path.join(ROOT, 'node_modules/.cache/e2e-webpack'), name: 'taskpane' },
    },
    {
      ...common,
      name: 'excel-sim',
      entry: { 'excel-sim': simulatorEntry },
      output: { path: outDir, filename: '[name].js', publicPath: '/', clean: false },
      cache: { type: 'filesystem', cacheDirectory: path.join(ROOT, 'node_modules/.cache/e2e-webpack'), name: 'excel-sim' },
    },
  ];
}

export function buildBundles(outDir: string, simulatorEntry: string): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(e2eConfigs(outDir, simulatorEntry), (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(`webpack build failed:\n${stats?.toString({ all: false, errors: true, errorDetails: true })}`));
      }
      resolve();
    });
  });
}
