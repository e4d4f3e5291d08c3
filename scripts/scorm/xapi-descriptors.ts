import { xmlEscape } from './xml.ts';

export interface CourseInfo {
  /** Stable per selection of stories, as the SCORM manifest identifier is. */
  identifier: string;
  title: string;
  description: string;
  launch: string;
  /** 0–100; written as the AU's masteryScore only when the package passes on the overall score. */
  masteryPercent?: number;
  scenarios: readonly { id: string; title: string }[];
}

/** The IRI of the course activity: the same one the game reports under when launched from it. */
export const courseIri = (info: CourseInfo) => `urn:serving-moments:course:${info.identifier}`;

/**
 * cmi5's course structure: one AU for the whole package (the scenarios are picked inside the
 * game), moveOn CompletedAndPassed, so the LMS waits for both statements the AU sends.
 */
export function cmi5Xml(info: CourseInfo): string {
  const title = xmlEscape(info.title);
  const description = xmlEscape(info.description);
  const mastery =
    info.masteryPercent === undefined
      ? ''
      : ` masteryScore="${Number((info.masteryPercent / 100).toFixed(4))}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${courseIri(info)}">
    <title><langstring lang="en-US">${title}</langstring></title>
    <description><langstring lang="en-US">${description}</langstring></description>
  </course>
  <au id="${courseIri(info)}/au" moveOn="CompletedAndPassed"${mastery} launchMethod="AnyWindow">
    <title><langstring lang="en-US">${title}</langstring></title>
    <description><langstring lang="en-US">${description}</langstring></description>
    <url>${xmlEscape(info.launch)}</url>
  </au>
</courseStructure>
`;
}

/**
 * tincan.xml: the course activity an LMS launches with xAPI parameters, and each scenario as an
 * activity of its own, with the IRIs the game's statements use (the course's /scenarios/ID).
 */
export function tincanXml(info: CourseInfo): string {
  const course = courseIri(info);
  const scenarios = info.scenarios.map(
    (
      s,
    ) => `    <activity id="${xmlEscape(`${course}/scenarios/${encodeURIComponent(s.id)}`)}" type="http://adlnet.gov/expapi/activities/simulation">
      <name lang="en-US">${xmlEscape(s.title)}</name>
      <description lang="en-US">${xmlEscape(s.title)}</description>
    </activity>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="${course}" type="http://adlnet.gov/expapi/activities/course">
      <name lang="en-US">${xmlEscape(info.title)}</name>
      <description lang="en-US">${xmlEscape(info.description)}</description>
      <launch lang="en-US">${xmlEscape(info.launch)}</launch>
    </activity>
${scenarios.join('\n')}
  </activities>
</tincan>
`;
}
