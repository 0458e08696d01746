/** In-memory Excel for tests (node) and the browser end-to-end test: see simulator.ts and browser.ts. */
export { ExcelSimulator, OFFICE_VERSIONS, type SimulatorOptions } from './simulator';
export { SimError } from './errors';
export { fromModel, toModel, type SimWorkbook } from './state';
