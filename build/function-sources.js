// The files whose JSDoc-tagged functions become WFM custom functions. Webpack and the metadata test share this list.
module.exports = ["./src/functions/functions.ts", "./src/functions/staffing.ts", "./src/functions/kpi.ts", "./src/functions/abandonment.ts", "./src/functions/staffPlan.ts", "./src/functions/forecast.ts"];
