// Loaded by the API reference page (Scalar) before Scalar's own bundle. The bundle's schema library (zod) first probes
// whether it may compile code at run time (Function("")); the Content-Security-Policy forbids eval, so the probe is a CSP
// violation in the console. "jitless" skips the probe and the compiled path; validation works the same, interpreted.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
