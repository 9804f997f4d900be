/* The adaptive fi-random mode with intensify 2 (and explore 0.5) on DM-AC (N = 1000) and DM-GMM (N = 2000), study seeds
   2024-2026, with local importances and fans (fi-fan-intensify, 2026-12-07), and intensify 2 against random search on
   DM-AC at N = 2000, study seeds 2024-2026 (issue 19's target: beat
   random search at equal budget, median over study seeds; the N = 1000 / DM-GMM random search rows are in
   benchmarks/seeds/adaptive-target.sql). Per study: its best single trial (final set), the trials that keep the sample
   alive (final set >= N/2), the incumbent = the best repeated configuration (lowest mean among configurations evaluated
   more than once, all ok, not all equal; what `xhpo run` prints and what the mode recommends), and reading (b): the
   incumbent re-run with 10 fresh pipeline seeds (-best10, written by seeds-rerun-best.sh --repeated). benchmarks/SEEDS.md.
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/intensify-target.sql)" --out results-seeds */
WITH runs AS (
  SELECT study, value, status, metrics['final_size'] AS final_size, CASE WHEN study LIKE '%n2000%' THEN 2000 ELSE 1000 END AS n,
         steps, hdif, lr, bs, epoch, drop, layers, hclas, comp, scale, delta, n_iters
  FROM trials WHERE study RLIKE '^seeds-sdcmi-(ac-t2|gmm-t2n2000|ac-t2n2000)-(fi-intensify|fi-explore-intensify|fi-fan-intensify|random)-s[123]$'),
configs AS (
  SELECT study, avg(value) AS m, avg(final_size) AS fs, count(*) AS k
  FROM runs GROUP BY study, steps, hdif, lr, bs, epoch, drop, layers, hclas, comp, scale, delta, n_iters
  HAVING count(*) > 1 AND sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) = count(*) AND min(value) < max(value)),
incumbents AS (SELECT study, min(m) AS inc_mean, min_by(fs, m) AS inc_final, count(*) AS repeated FROM configs GROUP BY study),
studies AS (
  SELECT study, round(min(value), 5) AS best, min_by(final_size, value) AS best_final,
         sum(CASE WHEN final_size >= n / 2 THEN 1 ELSE 0 END) AS alive
  FROM runs WHERE status = 'ok' GROUP BY study),
reruns AS (
  SELECT regexp_replace(study, '-best10$', '') AS study, round(avg(value), 5) AS b_mean, round(stddev(value), 5) AS b_sd,
         round(avg(metrics['final_size']), 0) AS b_final
  FROM trials WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-(ac-t2|gmm-t2n2000|ac-t2n2000)-(fi-intensify|fi-explore-intensify|fi-fan-intensify|random)-s[123]-best10$'
  GROUP BY study)
SELECT regexp_extract(s.study, 'seeds-sdcmi-(ac-t2n2000|ac-t2|gmm-t2n2000)', 1) AS pipeline,
       regexp_extract(s.study, '-(fi-intensify|fi-explore-intensify|fi-fan-intensify|random)-s', 1) AS method, regexp_extract(s.study, '-s([123])$', 1) AS s,
       s.best, s.best_final, s.alive, i.repeated, round(i.inc_mean, 5) AS incumbent, round(i.inc_final, 0) AS inc_final,
       r.b_mean, r.b_sd, r.b_final
FROM studies s LEFT JOIN incumbents i ON s.study = i.study LEFT JOIN reruns r ON s.study = r.study
ORDER BY pipeline, method, s
