/** Each decision compared across teams, shown after the reveal. */

export interface WalkthroughOption {
  text: string;
  effects: string;
  feedback: string;
  count: number;
  teams: string[];
  best: boolean;
}

export interface WalkthroughPoint {
  number: number;
  said: string;
  reached: number;
  options: WalkthroughOption[];
  /** "Served best" was not worked out over every route from here: shown as approximate. */
  approximate: boolean;
}
