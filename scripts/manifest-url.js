/**
 * The manifest is written against the dev server (https://localhost:3000/). A deployment sets
 * ADDIN_BASE_URL (e.g. https://addins.example.gov.cn/juesuan/) and the build rewrites every URL.
 */
const DEV_BASE_URL = 'https://localhost:3000/';

function normalizeBaseUrl(url) {
  const value = (url || DEV_BASE_URL).trim();
  if (!/^https:\/\/[^\s/]+/i.test(value)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office refuses plain http), got: ${value}`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/** Replaces the dev server prefix everywhere (URLs and the AppDomain, which has no trailing slash). */
function rewriteManifest(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  // The explanatory comment at the top describes the dev manifest; the deployed one goes without it.
  const body = xml.replace(/<!--[\s\S]*?-->\s*/g, '');
  return body.split(DEV_BASE_URL).join(base).split('<AppDomain>https://localhost:3000</AppDomain>').join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifest };
