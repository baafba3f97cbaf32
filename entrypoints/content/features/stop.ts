/** Ends what a feature of the session started: its listeners, observers and timers. */
export type Stop = () => void;
