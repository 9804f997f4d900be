/* The adaptive fi-random mode's target (issue 19: beat random search at equal budget, median over study seeds) on
   DM-AC (N = 1000) and DM-GMM (N = 2000): random search, the adaptive mode, the adaptive mode with explore 0.5 (fi-explore) and 0.2 (fi-explore02)
   and with loss_transform: normal_scores (fi-normal-scores);
   per study its best trial (final set), the trials that keep the sample alive (final set >= N/2), and reading (b),
   the best configuration re-run with 10 fresh pipeline seeds (-best10), or the lowest-GP-mean one (-gpmean10;
   benchmarks/seeds/gp-mean-pick.py). benchmarks/SEEDS.md.
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/adaptive-target.sql)" --out results-seeds */
WITH t AS (
  SELECT regexp_replace(study, '-(best10|gpmean10)$', '') AS base, regexp_extract(study, '-(best10|gpmean10)$', 1) AS rerun,
         value, metrics['final_size'] AS final_size, CASE WHEN study LIKE '%n2000%' THEN 2000 ELSE 1000 END AS n
  FROM trials
  WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-(ac-t2|gmm-t2n2000)-(random|fi-adaptive|fi-explore|fi-explore02|fi-normal-scores)-s[123](-best10|-gpmean10)?$')
SELECT regexp_extract(base, 'seeds-sdcmi-(ac|gmm)', 1) AS pipeline, regexp_extract(base, '-(random|fi-adaptive|fi-explore02|fi-explore|fi-normal-scores)-s', 1) AS method,
  regexp_extract(base, '-s([123])$', 1) AS s,
  round(min(CASE WHEN rerun = '' THEN value END), 5) AS best,
  min_by(CASE WHEN rerun = '' THEN final_size END, CASE WHEN rerun = '' THEN value END) AS best_final,
  sum(CASE WHEN rerun = '' AND final_size >= n / 2 THEN 1 ELSE 0 END) AS alive,
  round(avg(CASE WHEN rerun = 'best10' THEN value END), 5) AS b_mean, round(stddev(CASE WHEN rerun = 'best10' THEN value END), 5) AS b_sd,
  round(avg(CASE WHEN rerun = 'best10' THEN final_size END), 0) AS b_final,
  round(avg(CASE WHEN rerun = 'gpmean10' THEN value END), 5) AS gpmean_b_mean
FROM t GROUP BY base ORDER BY pipeline, method, s
