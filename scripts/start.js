#!/usr/bin/env node
/**
 * `npm start`: the HTTPS dev server on https://localhost:3000 (certificates from office-addin-dev-certs,
 * trusted on first run), plus the manual sideloading steps — office-addin-debugging, which would
 * sideload automatically, cannot be installed from our registry.
 */
const { spawn } = require('child_process');
const path = require('path');

const steps = `
决算助手 dev server: https://localhost:3000/taskpane.html  (manifest: ${path.resolve(__dirname, '../manifest.xml')})

Sideload the manifest once (see docs/addin.md for details):
  Windows  : share a folder containing manifest.xml, add it in Excel > File > Options > Trust Center >
             Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"), restart Excel,
             then Home > Add-ins > More Add-ins > SHARED FOLDER > 决算助手.
  Mac      : copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.
  Web      : Home > Add-ins > More Add-ins > Upload My Add-in > manifest.xml.
Stop with Ctrl+C.
`;
console.log(steps);
const webpackCli = require.resolve('webpack-cli/bin/cli.js');
const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { stdio: 'inherit', cwd: path.resolve(__dirname, '..') });
child.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGINT', () => child.kill('SIGINT'));
