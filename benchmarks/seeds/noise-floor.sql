/* The noise floor (benchmarks/SEEDS.md, "the noise floor"): Table 3's DM-GMM configuration, 50 pipeline seeds per scale
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/noise-floor.sql)" --out results-seeds */
SELECT study, count(*) AS n, round(avg(value), 4) AS mean, round(stddev(value), 4) AS sd,
  round(stddev(value) / sqrt(count(*)), 4) AS se_mean, round(min(value), 4) AS min,
  round(percentile(value, 0.5), 4) AS median, round(percentile(value, 0.9), 4) AS p90, round(max(value), 4) AS max,
  round(avg(sqrt(value)), 3) AS mean_sqrt_js, round(avg(metrics['final_size']), 0) AS final_set,
  round(avg(CASE WHEN trial_id < 6 THEN value END), 4) AS mean_first6,
  round(avg(CASE WHEN trial_id < 20 THEN value END), 4) AS mean_first20,
  round(stddev(CASE WHEN trial_id < 20 THEN value END), 4) AS sd_first20
FROM trials WHERE study LIKE 'seeds-sdcmi-gmm-noise-%' AND status = 'ok'
GROUP BY study ORDER BY study
