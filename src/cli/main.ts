/* The command line (placeholder until the report core lands): prints a staffing example from the engine. */
import { trafficErlangs } from "../engine/traffic";

const calls = 100;
const ahtSec = 180;
process.stdout.write(
  `Service Planner: ${calls} calls of ${ahtSec} s in 30 minutes offer ${trafficErlangs(calls, ahtSec)} Erlangs.\n`
);
