export { formatDiagnostic, type Diagnostic } from '../core/diagnostic.ts';
