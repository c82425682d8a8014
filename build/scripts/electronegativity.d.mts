// Types for scripts/electronegativity.mjs (its tests import these functions).
export interface Finding {
  id: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: string;
  file: string;
  line: number;
  column: number;
  manualReview: boolean;
  description: string;
}

export interface AllowEntry {
  id: string;
  file?: string;
  reason: string;
}

export const SCAN_PATHS: string[];
export function scan(options?: { root?: string; paths?: string[] }): Promise<Finding[]>;
export function loadAllowlist(file?: string): AllowEntry[];
export function judge(
  issues: Finding[],
  allowlist: AllowEntry[],
): {
  blocking: Finding[];
  allowed: (Finding & { reason: string })[];
  informational: Finding[];
  unused: AllowEntry[];
};
