// Types for the parts of esbuild.config.mjs that tests import.
import type { BuildOptions, Metafile, Plugin } from 'esbuild';

export function isNodeBuiltin(specifier: string): boolean;
export const forbidNodeBuiltinsPlugin: Plugin;
export function externalImportsOtherThanVscode(metafile: Metafile): string[];
export function buildOptions(options?: {
  production?: boolean;
  quiet?: boolean;
}): Record<'node' | 'web' | 'cli' | 'server' | 'webServer' | 'integration', BuildOptions>;
