/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Add-in bundle: the task pane (src/taskpane, React) and the ribbon function file (src/commands).
 * `npm run build` → dist/addin with manifest.xml whose URLs point at ADDIN_BASE_URL (default the dev
 * server https://localhost:3000/); `npm start` serves the same over HTTPS with office-addin-dev-certs.
 * office.js itself is not bundled: the HTML pages load it from the Office CDN, as Office requires.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifest, normalizeBaseUrl } = require('./scripts/manifest-url');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist/addin');
const PORT = 3000;

const LEGACY_LIBRARIES_RULE = {
  test: /\.m?js$/,
  include: /node_modules/,
  // Already ES5 and very large: lowering them would only cost build time.
  exclude: /node_modules[\\/](decimal\.js|react-dom|react|scheduler)[\\/]/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      configFile: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: { allowJs: true, checkJs: false, module: 'esnext', moduleResolution: 'node', target: 'ES2017', sourceMap: false },
    },
  },
};

async function httpsOptions() {
  // Only the dev server needs certificates; a production build must not touch the certificate store.
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const baseUrl = normalizeBaseUrl(process.env.ADDIN_BASE_URL);
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const config = {
    context: ROOT,
    // The webpack runtime itself (chunk loading) written without ?. and the like, for Edge Legacy.
    target: ['web', 'es2017'],
    devtool: dev ? 'source-map' : false,
    entry: {
      // Polyfills first: Office 2019 shows add-ins in Edge Legacy (see src/commands/polyfills.ts).
      taskpane: ['./src/commands/polyfills.ts', './src/taskpane/index.tsx'],
      commands: ['./src/commands/polyfills.ts', './src/commands/commands.ts'],
    },
    output: {
      path: OUT,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Types are checked by `npm run typecheck`; the bundle build only transpiles.
              transpileOnly: true,
              configFile: path.join(ROOT, 'tsconfig.json'),
              // ES2017: what Edge Legacy (Office 2019 volume licence) parses; ?. ?? and {...x} are lowered.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', target: 'ES2017', sourceMap: dev },
            },
          },
        },
        // Production only (slow): libraries shipped as ES2018+ are lowered to ES2017 the same way.
        ...(dev ? [] : [LEGACY_LIBRARIES_RULE]),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : 'warning', maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
  };
  if (serving) {
    config.devServer = {
      port: PORT,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await httpsOptions() },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }
  return config;
};
