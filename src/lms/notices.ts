/** What the learner is told about tracking, in words: the page shows one notice at a time. */
export type LmsNotice =
  | { kind: 'review' }
  | { kind: 'browse' }
  | { kind: 'no-credit' }
  | { kind: 'lms-missing' }
  | { kind: 'initialize-failed'; problem: string }
  | { kind: 'commit-failed'; problem: string }
  | { kind: 'saved-again' }
  | { kind: 'suspend-unreadable'; answer: (choice: 'keep' | 'start-over') => void }
  | { kind: 'other-tab' }
  | { kind: 'lrs-credentials'; status: number }
  | { kind: 'cmi5-failed'; problem: string };

export type Notify = (notice: LmsNotice) => void;

export const quietly: Notify = () => undefined;

export interface NoticeText {
  heading: string;
  text: string;
  /** 'info' notices are facts; 'problem' ones say what went wrong and what to do. */
  tone: 'info' | 'problem';
  /** A question's answers, as buttons in place of Dismiss; each closes the notice. */
  choices?: { label: string; choose: () => void }[];
}

const DEVICE =
  'Your progress is only saved on this device, in this browser: come back to the course here to keep it.';

export function noticeText(notice: LmsNotice): NoticeText {
  switch (notice.kind) {
    case 'review':
      return {
        heading: 'You are reviewing a finished attempt',
        text: 'Play as much as you like: nothing you do now is recorded, and your results in the course stay as they were.',
        tone: 'info',
      };
    case 'browse':
      return {
        heading: 'You are browsing this course',
        text: 'Your learning system opened it to look round in: nothing you do now is recorded, and your results in the course stay as they were.',
        tone: 'info',
      };
    case 'no-credit':
      return {
        heading: 'This attempt does not count towards your results',
        text: 'Your learning system opened the course without credit. Your progress is still saved there, but this attempt is not credited to your record.',
        tone: 'info',
      };
    case 'lms-missing':
      return {
        heading: 'The course could not reach your learning system',
        text: `This course was opened outside your learning system (LMS), or the LMS did not load. Nothing is recorded there. ${DEVICE} To have it recorded, close this window and open the course again from your LMS.`,
        tone: 'problem',
      };
    case 'initialize-failed':
      return {
        heading: 'Your learning system did not start tracking',
        text: `The LMS refused to start this session, three times (${notice.problem}). Nothing you do now is recorded there. ${DEVICE} Close the course and open it again from your LMS; if it happens again, tell your LMS administrator.`,
        tone: 'problem',
      };
    case 'commit-failed':
      return {
        heading: 'Your progress could not be saved to your learning system',
        text: `The LMS did not accept the last save, after several tries (${notice.problem}). Nothing is lost: your progress is kept on this device and sent again at your next choice. If this stays, check your connection, then close the course and open it again from your LMS on this device.`,
        tone: 'problem',
      };
    case 'saved-again':
      return {
        heading: 'Saved to your learning system again',
        text: 'The LMS has accepted your progress: everything is recorded.',
        tone: 'info',
      };
    case 'suspend-unreadable': {
      const answer = notice.answer;
      return {
        heading: 'Progress saved by another version can’t be read',
        text: 'Your LMS holds progress for this course that another version of it saved, and this version cannot read it, so you start from the beginning. Keep it, and nothing you do now is saved over it (your progress this session is not kept). Or start over, and your new progress replaces it.',
        tone: 'info',
        choices: [
          { label: 'Keep the old progress', choose: () => answer('keep') },
          { label: 'Start over', choose: () => answer('start-over') },
        ],
      };
    }
    case 'other-tab':
      return {
        heading: 'This course is open in another tab',
        text: 'Only one tab can record your progress at a time, so nothing you do in this tab is recorded. Close this tab and carry on in the other one, or close the other one and reload this.',
        tone: 'problem',
      };
    case 'lrs-credentials':
      return {
        heading: 'Your learning record store refused this course',
        text: `The LRS answered ${notice.status}: the sign-in this course was launched with is not accepted (it may have expired). Your results are kept on this device and sent when you next open the course from your learning system.`,
        tone: 'problem',
      };
    case 'cmi5-failed':
      return {
        heading: 'Your learning system did not start tracking',
        text: `The cmi5 launch could not be completed (${notice.problem}). Nothing you do now is recorded. Close the course and open it again from your LMS; if it happens again, tell your LMS administrator.`,
        tone: 'problem',
      };
  }
}
