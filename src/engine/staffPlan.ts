import { staffErlangA } from "./erlangAStaffing";
import { fte } from "./fte";
import { agentsForServiceLevel, averageSpeedOfAnswer, occupancy, serviceLevel } from "./staffing";
import { DEFAULT_INTERVAL_SEC } from "./traffic";

/**
 * One row of STAFFPLAN: the agents an interval needs and what they deliver. Without patience the row is
 * Erlang C (no abandonment); with patience every column is Erlang A, so the service level, ASA and
 * occupancy describe the same queue as the abandon rate.
 */
export interface StaffPlanRow {
  agents: number;
  /** agents / (1 − shrinkage): staff to schedule. */
  fte: number;
  serviceLevel: number;
  averageSpeedOfAnswerSec: number;
  occupancy: number;
  /** Fraction of offered calls abandoning; undefined under Erlang C (no patience given). */
  abandonRate: number | undefined;
}

export interface StaffPlanInput {
  calls: number;
  ahtSec: number;
  targetSl: number;
  targetTimeSec: number;
  intervalSec?: number;
  shrinkage?: number;
  maxOccupancy?: number;
  patienceSec?: number;
}

/** `startAgents` is a guess for the Erlang A search (e.g. the previous interval's answer); it never changes the result. */
export function staffPlanRow(input: StaffPlanInput, startAgents?: number): StaffPlanRow {
  const { calls, ahtSec, targetSl, targetTimeSec, maxOccupancy, patienceSec } = input;
  const intervalSec = input.intervalSec ?? DEFAULT_INTERVAL_SEC;
  const shrinkage = input.shrinkage ?? 0;
  fte(0, shrinkage); // a bad shrinkage is reported before any search runs
  if (patienceSec !== undefined) {
    const targets = { targetSl, targetTimeSec, maxOccupancy };
    const { agents, measures } = staffErlangA(
      calls,
      ahtSec,
      patienceSec,
      targets,
      intervalSec,
      startAgents
    );
    return {
      agents,
      fte: fte(agents, shrinkage),
      serviceLevel: measures.serviceLevel,
      averageSpeedOfAnswerSec: measures.averageSpeedOfAnswerSec,
      occupancy: measures.occupancy,
      abandonRate: measures.abandonRate,
    };
  }
  const agents = agentsForServiceLevel(
    calls,
    ahtSec,
    targetSl,
    targetTimeSec,
    intervalSec,
    maxOccupancy
  );
  return {
    agents,
    fte: fte(agents, shrinkage),
    serviceLevel: serviceLevel(calls, ahtSec, agents, targetTimeSec, intervalSec),
    averageSpeedOfAnswerSec: averageSpeedOfAnswer(calls, ahtSec, agents, intervalSec),
    occupancy: occupancy(calls, ahtSec, agents, intervalSec),
    abandonRate: undefined,
  };
}
