-- Views of the newsfacts SQLite export (pipeline/publish/sqlite.py).

-- Every fact (count, percentage, multiplier) in one list, with the columns they share.
CREATE VIEW facts AS
  SELECT key, article_id, id, 'counts' AS fact_table, text, value, qualifier, measure,
         period_start, period_end, start, "end", sentence_start, sentence_end FROM counts
  UNION ALL
  SELECT key, article_id, id, 'percentages', text, value, qualifier, measure,
         period_start, period_end, start, "end", sentence_start, sentence_end FROM percentages
  UNION ALL
  SELECT key, article_id, id, 'multipliers', text, factor, qualifier, measure,
         period_start, period_end, start, "end", sentence_start, sentence_end FROM multipliers;

-- Each checked claim beside its verdict, its sentence (when the records carry the text) and its article.
CREATE VIEW claims AS
  SELECT 'within' AS scope, k.key AS check_key, k.kind, k.relation, k.verdict, k.stated, k.computed, k.implied,
         k.explanation, k.tolerance, f.key AS claim_key, f.fact_table AS claim_table,
         f.text AS claim_text, f.measure, f.period_start, f.period_end,
         substr(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence,
         a.id AS article_id, a.title, a.outlet, a.url, a.published
  FROM checks k
  LEFT JOIN facts f ON f.key = k.claim_key
  LEFT JOIN articles a ON a.id = k.article_id
  UNION ALL
  SELECT 'across', x.key, x.kind, x.relation, x.verdict, x.stated, x.computed, x.implied,
         x.explanation, x.tolerance, f.key, f.fact_table,
         f.text, f.measure, f.period_start, f.period_end,
         substr(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start),
         a.id, a.title, a.outlet, a.url, a.published
  FROM cross_checks x
  LEFT JOIN facts f ON f.key = x.claim_key
  LEFT JOIN articles a ON a.id = f.article_id;
