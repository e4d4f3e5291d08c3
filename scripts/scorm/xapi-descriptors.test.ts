import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { cmi5Errors } from './validate-manifest.ts';
import { cmi5Xml, courseIri, tincanXml, type CourseInfo } from './xapi-descriptors.ts';

const info: CourseInfo = {
  identifier: 'serving-moments-all',
  title: 'Serving Moments: Tom & Jerry <test>',
  description: 'Role-play scenarios',
  launch: 'index.html',
  masteryPercent: 70,
  scenarios: [
    { id: 'hotel-heat', title: 'The Heat in Room 412' },
    { id: 'table-six', title: 'The Face at Table Six' },
  ],
};

describe('cmi5.xml', () => {
  it('validates against cmi5’s CourseStructure.xsd, with one AU and its mastery score', () => {
    const xml = cmi5Xml(info);
    expect(cmi5Errors(xml)).toEqual([]);
    expect(xml).toContain('masteryScore="0.7"');
    expect(xml).toContain('moveOn="CompletedAndPassed"');
  });

  it('leaves the mastery score out when the package passes on its qualities', () => {
    const rest: CourseInfo = { ...info };
    delete rest.masteryPercent;
    expect(cmi5Xml(rest)).not.toContain('masteryScore');
    expect(cmi5Errors(cmi5Xml(rest))).toEqual([]);
  });

  it('is refused with the line when it breaks the schema', () => {
    const broken = cmi5Xml(info).replace('<url>index.html</url>', '');
    expect(cmi5Errors(broken).join('\n')).toMatch(/cmi5\.xml:\d+: .*au/);
  });
});

describe('tincan.xml', () => {
  it('declares the course with its launch, and each scenario under the IRI the game reports', () => {
    const doc = new DOMParser().parseFromString(tincanXml(info), 'text/xml');
    const activities = Array.from(doc.getElementsByTagName('activity'));
    expect(activities.map((a) => a.getAttribute('id'))).toEqual([
      courseIri(info),
      `${courseIri(info)}/scenarios/hotel-heat`,
      `${courseIri(info)}/scenarios/table-six`,
    ]);
    expect(doc.getElementsByTagName('launch')[0]?.textContent).toBe('index.html');
    expect(doc.getElementsByTagName('name')[0]?.textContent).toBe(info.title);
  });
});
