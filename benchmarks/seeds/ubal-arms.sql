/* UBAL arms (benchmarks/SEEDS.md, "At 200 trials per arm"): per study and part (trials 0-99, 100-199, all)
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/ubal-arms.sql)" --out results-seeds */
WITH t AS (
  SELECT study, trial_id, value, metrics['test_accuracy'] AS test, metrics['backproj_accuracy'] AS bp,
         CASE WHEN trial_id < 100 THEN '0-99' ELSE '100-199' END AS half
  FROM trials WHERE study LIKE 'seeds-ubal-%' AND status = 'ok'),
u AS (SELECT *, 'all' AS part FROM t UNION ALL SELECT *, half AS part FROM t),
r AS (SELECT *, row_number() OVER (PARTITION BY study, part ORDER BY value DESC, trial_id) AS rk FROM u)
SELECT study, part, count(*) AS n,
  round(max(value), 4) AS best_val,
  round(max(CASE WHEN rk = 1 THEN test END), 4) AS best_its_test,
  round(max(CASE WHEN rk = 1 THEN bp END), 3) AS best_its_bp,
  max(CASE WHEN rk = 1 THEN trial_id END) AS best_trial,
  round(max(test), 4) AS best_test,
  round(percentile(value, 0.5), 4) AS med_val, round(percentile(test, 0.5), 4) AS med_test,
  round(percentile(bp, 0.5), 3) AS med_bp,
  round(avg(CASE WHEN rk <= 10 THEN value END), 4) AS mean10,
  sum(CASE WHEN value >= 0.70 THEN 1 ELSE 0 END) AS ge070,
  sum(CASE WHEN bp = 1 THEN 1 ELSE 0 END) AS bp1,
  round(min(value), 4) AS worst
FROM r GROUP BY study, part ORDER BY study, part
