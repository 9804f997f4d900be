/* Table 2 (DM-GMM) at N = 2000, every method of the page, three study seeds (benchmarks/SEEDS.md):
   reading (a) over each study's 100 trials, its best trial, the trials that keep the sample alive (final set >= N/2),
   and reading (b), the best configuration re-run with 10 fresh pipeline seeds (the -best10 studies).
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/table2-n2000.sql)" --out results-seeds */
WITH t AS (
  SELECT regexp_replace(study, '-best10$', '') AS base, study LIKE '%-best10' AS rerun, trial_id, value,
         metrics['final_size'] AS final_size, `drop` AS dropout
  FROM trials WHERE study LIKE 'seeds-sdcmi-gmm-t2n2000-%' AND study NOT LIKE '%-gpmean10' AND status = 'ok'),
r AS (SELECT *, row_number() OVER (PARTITION BY base, rerun ORDER BY value, trial_id) AS rk FROM t)
SELECT base,
  round(avg(CASE WHEN NOT rerun THEN value END), 4) AS a_mean, round(stddev(CASE WHEN NOT rerun THEN value END), 4) AS a_sd,
  round(percentile(CASE WHEN NOT rerun THEN value END, 0.5), 4) AS a_median,
  round(min(CASE WHEN NOT rerun THEN value END), 5) AS best,
  max(CASE WHEN NOT rerun AND rk = 1 THEN trial_id END) AS best_trial,
  round(max(CASE WHEN NOT rerun AND rk = 1 THEN dropout END), 3) AS best_drop,
  max(CASE WHEN NOT rerun AND rk = 1 THEN final_size END) AS best_final,
  sum(CASE WHEN NOT rerun AND final_size >= 1000 THEN 1 ELSE 0 END) AS alive,
  round(avg(CASE WHEN rerun THEN value END), 5) AS b_mean, round(stddev(CASE WHEN rerun THEN value END), 5) AS b_sd,
  round(avg(CASE WHEN rerun THEN final_size END), 0) AS b_final, sum(CASE WHEN rerun THEN 1 ELSE 0 END) AS b_n
FROM r GROUP BY base ORDER BY base
