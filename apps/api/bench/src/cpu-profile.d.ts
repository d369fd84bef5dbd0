/** Printed once the file is on disk; the parent waits for it before stopping the child. */
export declare const PROFILE_WRITTEN = "[cpu-profile] wrote";
