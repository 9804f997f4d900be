/* DM-AC (N = 1000) at study seeds 2027-2032 (-s4..-s9): random search against the adaptive fi-random mode with intensify: 2,
   and how often 100 uniform configurations hold a good one (benchmarks/SEEDS.md, "Six more study seeds"). Per study:
   its best single trial (final set), the trials that keep the sample alive (final set >= N/2), those alive with JS < 0.005
   ("good alive"), the incumbent of intensify (the best repeated configuration: lowest mean among configurations evaluated
   more than once, all ok, not all equal) and reading (b): the study's recommendation re-run with 10 fresh pipeline seeds
   (-best10: random search's best trial, the adaptive mode's incumbent; seeds-rerun-best.sh [--repeated]). Also the sixth
   try's studies, fi-k59-ns-intensify-s1..s3 (k: 59, intensify: 2, normal scores; study seeds 2024-2026, "A sixth try").
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/dm-ac-more-seeds.sql)" --out results-seeds */
WITH runs AS (
  SELECT study, value, status, metrics['final_size'] AS final_size, steps, hdif, lr, bs, epoch, drop, layers, hclas
  FROM trials WHERE study RLIKE '^seeds-sdcmi-ac-t2-((random|fi-intensify)-s[4-9]|fi-k59-ns-intensify-s[1-3])$'),
configs AS (
  SELECT study, avg(value) AS m, avg(final_size) AS fs
  FROM runs GROUP BY study, steps, hdif, lr, bs, epoch, drop, layers, hclas
  HAVING count(*) > 1 AND sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) = count(*) AND min(value) < max(value)),
incumbents AS (SELECT study, min(m) AS inc_mean, min_by(fs, m) AS inc_final FROM configs GROUP BY study),
studies AS (
  SELECT study, round(min(value), 5) AS best, min_by(final_size, value) AS best_final,
         sum(CASE WHEN final_size >= 500 THEN 1 ELSE 0 END) AS alive,
         sum(CASE WHEN final_size >= 500 AND value < 0.005 THEN 1 ELSE 0 END) AS good_alive
  FROM runs WHERE status = 'ok' GROUP BY study),
reruns AS (
  SELECT regexp_replace(study, '-best10$', '') AS study, round(avg(value), 5) AS b_mean, round(stddev(value), 5) AS b_sd,
         round(avg(metrics['final_size']), 0) AS b_final
  FROM trials WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-ac-t2-((random|fi-intensify)-s[4-9]|fi-k59-ns-intensify-s[1-3])-best10$'
  GROUP BY study)
SELECT regexp_extract(s.study, '-(random|fi-intensify|fi-k59-ns-intensify)-s', 1) AS method, regexp_extract(s.study, '-s([1-9])$', 1) AS s,
       s.best, s.best_final, s.alive, s.good_alive, round(i.inc_mean, 5) AS incumbent, round(i.inc_final, 0) AS inc_final,
       r.b_mean, r.b_sd, r.b_final
FROM studies s LEFT JOIN incumbents i ON s.study = i.study LEFT JOIN reruns r ON s.study = r.study
ORDER BY method, s
