/* DM-AC (N = 1000) at study seeds 2024-2032 (-s1..-s9): the adaptive fi-random mode with intensify: 2 re-run after
   Λ₀ became a random configuration (e725247; benchmarks/SEEDS.md, "Nine study seeds again with Λ₀ at random").
   Columns as dm-ac-more-seeds.sql: best single trial (final set), alive (final set >= N/2) and good alive (also JS < 0.005)
   trials, the incumbent of intensify and reading (b), the incumbent re-run with 10 fresh pipeline seeds (-l0best10,
   seeds-rerun-best.sh --repeated --suffix l0best10); and the first trial (Λ₀) with its final set.
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/dm-ac-lambda0.sql)" --out results-seeds */
WITH runs AS (
  SELECT study, trial_id, value, status, metrics['final_size'] AS final_size, steps, hdif, lr, bs, epoch, drop, layers, hclas
  FROM trials WHERE study RLIKE '^seeds-sdcmi-ac-t2-fi-intensify-s[1-9]$'),
configs AS (
  SELECT study, avg(value) AS m, avg(final_size) AS fs
  FROM runs GROUP BY study, steps, hdif, lr, bs, epoch, drop, layers, hclas
  HAVING count(*) > 1 AND sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) = count(*) AND min(value) < max(value)),
incumbents AS (SELECT study, min(m) AS inc_mean, min_by(fs, m) AS inc_final FROM configs GROUP BY study),
studies AS (
  SELECT study, round(min(value), 5) AS best, min_by(final_size, value) AS best_final,
         sum(CASE WHEN final_size >= 500 THEN 1 ELSE 0 END) AS alive,
         sum(CASE WHEN final_size >= 500 AND value < 0.005 THEN 1 ELSE 0 END) AS good_alive,
         round(min_by(value, trial_id), 5) AS first, min_by(final_size, trial_id) AS first_final
  FROM runs WHERE status = 'ok' GROUP BY study),
reruns AS (
  SELECT regexp_replace(study, '-l0best10$', '') AS study, round(avg(value), 5) AS b_mean, round(stddev(value), 5) AS b_sd,
         round(avg(metrics['final_size']), 0) AS b_final
  FROM trials WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-ac-t2-fi-intensify-s[1-9]-l0best10$'
  GROUP BY study)
SELECT regexp_extract(s.study, '-s([1-9])$', 1) AS s, s.first, s.first_final, s.best, s.best_final, s.alive, s.good_alive,
       round(i.inc_mean, 5) AS incumbent, round(i.inc_final, 0) AS inc_final, r.b_mean, r.b_sd, r.b_final
FROM studies s LEFT JOIN incumbents i ON s.study = i.study LEFT JOIN reruns r ON s.study = r.study
ORDER BY s
