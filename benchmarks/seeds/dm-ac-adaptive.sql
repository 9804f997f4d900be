/* DM-AC (N = 1000) at study seeds 2024-2032 (STUDY-s1 .. STUDY-s9): one adaptive fi-random configuration with
   intensify: 2, and its incumbents re-run with 10 fresh pipeline seeds (STUDY-sI-RERUN, seeds-rerun-best.sh --repeated
   [--suffix RERUN]); benchmarks/SEEDS.md. @STUDY@ and @RERUN@ are replaced before the query runs. Columns: the first
   trial (Λ₀) with its final set, the best single trial (final set), alive (final set >= N/2) and good alive (also
   JS < 0.005) trials, the incumbent of intensify (lowest mean among configurations evaluated more than once) and
   reading (b), the incumbent's re-run: mean, sd and mean final set.
     Λ₀ at random, global W (SEEDS.md "Nine study seeds again with Λ₀ at random"):
       submit-scripts/xhpo sql "$(sed -e s/@STUDY@/seeds-sdcmi-ac-t2-fi-intensify/ -e s/@RERUN@/l0best10/ benchmarks/seeds/dm-ac-adaptive.sql)" --out results-seeds
     local importances, one-line ladders / fans (SEEDS.md "Nine study seeds with local importances"):
       submit-scripts/xhpo sql "$(sed -e s/@STUDY@/seeds-sdcmi-ac-t2-fi-local-intensify/ -e s/@RERUN@/best10/ benchmarks/seeds/dm-ac-adaptive.sql)" --out results-seeds
       submit-scripts/xhpo sql "$(sed -e s/@STUDY@/seeds-sdcmi-ac-t2-fi-fan-intensify/ -e s/@RERUN@/best10/ benchmarks/seeds/dm-ac-adaptive.sql)" --out results-seeds */
WITH runs AS (
  SELECT study, trial_id, value, status, metrics['final_size'] AS final_size, steps, hdif, lr, bs, epoch, drop, layers, hclas
  FROM trials WHERE study RLIKE '^@STUDY@-s[1-9]$'),
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
  SELECT regexp_replace(study, '-@RERUN@$', '') AS study, round(avg(value), 5) AS b_mean, round(stddev(value), 5) AS b_sd,
         round(avg(metrics['final_size']), 0) AS b_final
  FROM trials WHERE status = 'ok' AND study RLIKE '^@STUDY@-s[1-9]-@RERUN@$'
  GROUP BY study)
SELECT regexp_extract(s.study, '-s([1-9])$', 1) AS s, s.first, s.first_final, s.best, s.best_final, s.alive, s.good_alive,
       round(i.inc_mean, 5) AS incumbent, round(i.inc_final, 0) AS inc_final, r.b_mean, r.b_sd, r.b_final
FROM studies s LEFT JOIN incumbents i ON s.study = i.study LEFT JOIN reruns r ON s.study = r.study
ORDER BY s
