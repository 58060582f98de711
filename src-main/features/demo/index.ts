// Demo mode's data: a deterministic replica with real PDFs, and the demo operators.
export {
  demoOperators,
  ensureDemoData,
  resetDemoData,
  retireDemoOperators,
  seedDemoData,
  type DemoProgress,
} from './seed-demo'
