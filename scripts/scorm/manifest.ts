import type { ScormEditionId } from '../../src/lms/scorm-api.ts';
import { hrefOf, xmlEscape } from './xml.ts';
import { qualityObjectiveId, SCORE_OBJECTIVE_ID } from '../../src/lms/objective-id.ts';

export interface ManifestInfo {
  /** The manifest identifier (an xs:ID): LMSs match a re-uploaded package on it. */
  identifier: string;
  version: string;
  title: string;
  /** Every file of the package except imsmanifest.xml, with '/' separators. */
  files: readonly string[];
  launch: string;
  passMark: number;
  /** SCORM 2004: objective ids to declare (one per quality the scenarios practise). */
  objectives: readonly string[];
}

const resource = (info: ManifestInfo, scormType: string) =>
  [
    `    <resource identifier="sco-1" type="webcontent" ${scormType}="sco" href="${hrefOf(info.launch)}">`,
    ...[...info.files].sort().map((f) => `      <file href="${xmlEscape(hrefOf(f))}"/>`),
    '    </resource>',
  ].join('\n');

/** SCORM 1.2: IMS CP 1.1.2 with ADL's adlcp_rootv1p2; the pass mark as `adlcp:masteryscore`. */
function scorm12(info: ManifestInfo): string {
  const title = xmlEscape(info.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${info.identifier}" version="${xmlEscape(info.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${title}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${info.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
${resource(info, 'adlcp:scormtype')}
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th Edition: IMS CP 1.1.4 with adlcp_v1p3, adlseq, adlnav and imsss. The primary
 * objective is satisfied by the score against the pass mark; each quality is a declared objective.
 */
function scorm2004(info: ManifestInfo): string {
  const title = xmlEscape(info.title);
  const objectives = info.objectives.map(
    (id) => `            <imsss:objective objectiveID="${xmlEscape(qualityObjectiveId(id))}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${info.identifier}" version="${xmlEscape(info.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1" adlseq:objectivesGlobalToSystem="false">
      <title>${title}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${SCORE_OBJECTIVE_ID}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${Number((info.passMark / 100).toFixed(4))}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
${objectives.join('\n')}
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
${resource(info, 'adlcp:scormType')}
  </resources>
</manifest>
`;
}

/** The imsmanifest.xml of a single-SCO package for one SCORM edition. */
export function scormManifest(edition: ScormEditionId, info: ManifestInfo): string {
  return edition === '1.2' ? scorm12(info) : scorm2004(info);
}
