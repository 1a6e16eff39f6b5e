// VS Code's web extension host runs in a blob: worker, where `location.pathname` is a whole URL. A
// dependency of the engine (@cfworker/json-schema) builds `new URL(origin + pathname)` when it loads,
// which throws there and would stop the extension from activating. For the duration of module
// loading, `location` reads as opaque (origin "null"), which makes that library fall back to its
// default base URI; `restoreWorkerLocation()` removes the override right after.
const scope = globalThis as { location?: { protocol?: string } };
let overridden = false;

if (scope.location?.protocol === 'blob:') {
  try {
    Object.defineProperty(scope, 'location', {
      value: { origin: 'null', pathname: '', search: '', protocol: 'blob:' },
      configurable: true,
    });
    overridden = true;
  } catch {
    // The host's location cannot be shadowed; loading proceeds as it would have.
  }
}

export function restoreWorkerLocation(): void {
  if (overridden) delete (scope as Record<string, unknown>).location;
  overridden = false;
}
