/* A sixth try at issue 19's adaptive target on DM-AC (N = 1000), study seeds 2024-2026: the adaptive fi-random mode with
   k: 59, intensify: 2 and loss_transform: normal_scores (benchmarks/SEEDS.md, "A sixth try"). Columns as
   benchmarks/seeds/intensify-target.sql: best single trial (final set), alive trials (final set >= N/2), the incumbent
   (best repeated configuration) and reading (b), the incumbent re-run with 10 fresh pipeline seeds (-best10, from
   seeds-rerun-best.sh --repeated). Random search's rows: benchmarks/seeds/adaptive-target.sql.
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/k59-target.sql)" --out results-seeds */
WITH runs AS (
  SELECT study, value, status, metrics['final_size'] AS final_size, CASE WHEN study LIKE '%n2000%' THEN 2000 ELSE 1000 END AS n,
         steps, hdif, lr, bs, epoch, drop, layers, hclas
  FROM trials WHERE study RLIKE '^seeds-sdcmi-(ac-t2)-(fi-k59-ns-intensify)-s[123]$'),
configs AS (
  SELECT study, avg(value) AS m, avg(final_size) AS fs, count(*) AS k
  FROM runs GROUP BY study, steps, hdif, lr, bs, epoch, drop, layers, hclas
  HAVING count(*) > 1 AND sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) = count(*) AND min(value) < max(value)),
incumbents AS (SELECT study, min(m) AS inc_mean, min_by(fs, m) AS inc_final, count(*) AS repeated FROM configs GROUP BY study),
studies AS (
  SELECT study, round(min(value), 5) AS best, min_by(final_size, value) AS best_final,
         sum(CASE WHEN final_size >= n / 2 THEN 1 ELSE 0 END) AS alive
  FROM runs WHERE status = 'ok' GROUP BY study),
reruns AS (
  SELECT regexp_replace(study, '-best10$', '') AS study, round(avg(value), 5) AS b_mean, round(stddev(value), 5) AS b_sd,
         round(avg(metrics['final_size']), 0) AS b_final
  FROM trials WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-(ac-t2)-(fi-k59-ns-intensify)-s[123]-best10$'
  GROUP BY study)
SELECT regexp_extract(s.study, 'seeds-sdcmi-(ac-t2)', 1) AS pipeline,
       regexp_extract(s.study, '-(fi-k59-ns-intensify)-s', 1) AS method, regexp_extract(s.study, '-s([123])$', 1) AS s,
       s.best, s.best_final, s.alive, i.repeated, round(i.inc_mean, 5) AS incumbent, round(i.inc_final, 0) AS inc_final,
       r.b_mean, r.b_sd, r.b_final
FROM studies s LEFT JOIN incumbents i ON s.study = i.study LEFT JOIN reruns r ON s.study = r.study
ORDER BY pipeline, method, s
