import { allRecords, noLearningRecord, type LearningRecord } from '../adapters/learning-record.ts';
import {
  logStorageFailure,
  webStorageStore,
  type KeyValueStore,
  type StorageFailure,
} from '../adapters/storage.ts';
import { lmsConfig, type LmsConfig } from './lms-config.ts';
import { quietly, type Notify } from './notices.ts';
import { connectScorm } from './scorm-connect.ts';
import { actorLearnerName, scormLearnerName } from './learner-name.ts';
import { cmi5Record } from './cmi5/cmi5-record.ts';
import { parseCmi5Launch } from './cmi5/launch.ts';
import { parseXapiLaunch } from './xapi/launch.ts';
import { pageTabLocks } from './xapi/lease-locks.ts';
import { xapiRecord } from './xapi/xapi-record.ts';

const hasXapiLaunch = (search: string) => new URLSearchParams(search).has('endpoint');

export interface DetectedRecords {
  record: LearningRecord;
  /** Set inside a SCORM LMS: progress kept in suspend data. Otherwise the app keeps its own store. */
  store?: KeyValueStore;
  /** The learner's name as the LMS or the launch gives it, for the PDF summary. */
  learnerName?: string;
}

/**
 * Looks for what launched the game: a SCORM 1.2 or 2004 LMS around this window, an LRS named in the
 * launch URL, both, or neither. With neither, the app runs exactly as the plain web build.
 */
export function detectLearningRecords(
  win: Window,
  config: LmsConfig = lmsConfig(),
  notify: Notify = quietly,
  /**
   * Hears every write this device refused: the learner's progress kept beside a SCORM LMS
   * (`progress`), or results waiting for the LRS under cmi5 or xAPI (`records`).
   */
  onStorageFailure: (
    failure: StorageFailure,
    subject: 'progress' | 'records',
  ) => void = logStorageFailure,
): DetectedRecords {
  // Unsent statements and the course progress wait in this window's storage; one store for both,
  // so a refused write is read back from memory, never as what the device held before.
  let results: KeyValueStore | undefined;
  const device = () =>
    (results ??= webStorageStore(
      () => win.localStorage,
      (f) => onStorageFailure(f, 'records'),
    ));
  // Beside a SCORM LMS the progress list and a refused commit's backup stay on this device: one
  // store for both too, and a refused write is told as the learner's progress.
  let progress: KeyValueStore | undefined;
  const local = () =>
    (progress ??= webStorageStore(
      () => win.localStorage,
      (f) => onStorageFailure(f, 'progress'),
    ));
  const named = {
    ...(config.courseName ? { courseName: config.courseName } : {}),
    ...(config.productName ? { platform: config.productName } : {}),
  };
  const records: LearningRecord[] = [];
  let store: KeyValueStore | undefined;
  let learnerName: string | undefined;
  try {
    const scorm = connectScorm(win, {
      passMark: config.passMark,
      rule: config.rule,
      ...(config.edition ? { prefer: config.edition } : {}),
      local,
      notify,
      // A SCORM package outside an LMS says so; the web build and the xAPI ones have no LMS to miss.
      expected: config.edition !== undefined && !hasXapiLaunch(win.location.search),
    });
    if (scorm) {
      scorm.session.listen(win, win.document);
      records.push(scorm.record);
      store = scorm.store;
      learnerName = scormLearnerName(scorm.session.port);
    }
  } catch (err) {
    console.warn(
      'Serving Moments: the LMS could not be reached; progress stays on this device',
      err,
    );
  }
  try {
    const cmi5 = parseCmi5Launch(win.location.search);
    const launch = cmi5 ? undefined : parseXapiLaunch(win.location.search);
    learnerName ??= actorLearnerName((cmi5 ?? launch)?.actor ?? {});
    if (cmi5) {
      const record = cmi5Record(cmi5, {
        passMark: config.passMark,
        ...named,
        rule: config.rule,
        store: device(),
        locks: pageTabLocks(win),
        onProblem: (m) => {
          console.warn(`Serving Moments: the cmi5 launch failed (${m}); nothing is recorded`);
          notify({ kind: 'cmi5-failed', problem: m });
        },
      });
      win.addEventListener('online', () => void record.queue.flush());
      // 'terminated' goes out as the page goes away; the fetch keeps it alive past the unload.
      win.addEventListener('pagehide', () => record.terminate());
      records.push(record);
    }
    if (launch) {
      const xapi = xapiRecord(launch, {
        passMark: config.passMark,
        ...named,
        rule: config.rule,
        store: device(),
        locks: pageTabLocks(win),
        notify,
      });
      win.addEventListener('online', () => void xapi.queue.flush());
      // Decisions still waiting for their model answers are sent without them as the page goes.
      win.addEventListener('pagehide', () => xapi.leave());
      records.push(xapi);
    }
  } catch (err) {
    console.warn('Serving Moments: the xAPI launch could not be used', err);
  }
  const [only, ...more] = records;
  const record = !only ? noLearningRecord : more.length === 0 ? only : allRecords(records);
  return { record, ...(store ? { store } : {}), ...(learnerName ? { learnerName } : {}) };
}
