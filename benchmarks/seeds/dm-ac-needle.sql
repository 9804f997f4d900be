/* DM-AC (N = 1000): where each adaptive fi-random study first met a good alive configuration (final set >= 500
   and JS < 0.005), split into the random phase (trials 0-29: Λ₀ and k = 29 uniform draws, the same draws for
   every variant at one study seed) and the ladders (trials 30-99); benchmarks/SEEDS.md, "What the target asks
   of a search on DM-AC".
     submit-scripts/xhpo sql "$(cat benchmarks/seeds/dm-ac-needle.sql)" --out results-seeds --limit 100 */
WITH runs AS (
  SELECT regexp_extract(study, '^seeds-sdcmi-ac-t2-(fi-[a-z-]+)-s[1-9]$', 1) AS variant,
         regexp_extract(study, '-s([1-9])$', 1) AS s, trial_id, value, metrics['final_size'] AS final_size
  FROM trials
  WHERE status = 'ok' AND study RLIKE '^seeds-sdcmi-ac-t2-fi-(fan-|local-)?intensify-s[1-9]$')
SELECT variant, s,
       sum(CASE WHEN trial_id < 30 THEN 1 ELSE 0 END) AS phase_trials,
       sum(CASE WHEN trial_id < 30 AND final_size >= 500 AND value < 0.005 THEN 1 ELSE 0 END) AS phase_good_alive,
       sum(CASE WHEN trial_id >= 30 THEN 1 ELSE 0 END) AS ladder_trials,
       sum(CASE WHEN trial_id >= 30 AND final_size >= 500 AND value < 0.005 THEN 1 ELSE 0 END) AS ladder_good_alive,
       min(CASE WHEN final_size >= 500 AND value < 0.005 THEN trial_id END) AS first_good_alive
FROM runs GROUP BY variant, s ORDER BY variant, s
