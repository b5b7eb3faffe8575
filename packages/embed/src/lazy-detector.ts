import type { DetectPersonalDataOptions, PersonalDataFinding } from '@loggamera/privacy-core';

type Detect = (text: string, options?: DetectPersonalDataOptions) => PersonalDataFinding[];
type DetectorModule = { detectPersonalData: Detect };

// The detector (its name lexicon and phone metadata) is most of a detector's weight and is needed only
// once someone writes in the description. The embed builds swap core's `detectPersonalData` for this
// one (see tsup.config.ts): it finds nothing until the detector has loaded, and starts loading it.
let detect: Detect | undefined;
let loading: Promise<void> | undefined;
let loader: (() => Promise<DetectorModule>) | undefined;

/** Tells the embed how to load the detector: a dynamic import of its own chunk, per build. */
export function setDetectorLoader(load: () => Promise<DetectorModule>): void {
  loader = load;
}

/** Loads the detector once; called when the description field gets focus. Safe to call often. */
export function loadDetector(): Promise<void> {
  if (!loader) return Promise.reject(new Error('No detector loader was set.'));
  loading ??= loader().then(
    (module) => {
      detect = module.detectPersonalData;
    },
    (error: unknown) => {
      loading = undefined; // a later focus tries again
      throw error;
    },
  );
  return loading;
}

/** True once the detector has loaded. */
export function isDetectorLoaded(): boolean {
  return detect !== undefined;
}

/** `detectPersonalData` as the embed's components see it: the real one once loaded, nothing before. */
export function detectPersonalData(text: string, options?: DetectPersonalDataOptions): PersonalDataFinding[] {
  if (detect) return detect(text, options);
  if (text && loader) loadDetector().catch(() => {});
  return [];
}
