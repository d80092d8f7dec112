/** The sample's file names, shared by the generator, the bundle and the report command. */
export const SAMPLE_FILES = {
  activity: "activity-2026-09-10.csv",
  jobs: "service-jobs-2026-10.csv",
} as const;
