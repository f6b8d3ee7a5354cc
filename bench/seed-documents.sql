-- 10,000 generated documents in Stirling's log, each with a few hundred words of text, indexed for search.
-- Used only by bench/search.sh on a throwaway database.
with words as (
  select array['chronologies','pathway','conference','attendance','advocacy','kinship','neglect','core','group',
               'assessment','planning','review','outcomes','wellbeing','family','support','school','health',
               'police','protection','register','referral','discussion','placement','stability','carer',
               'young','people','children','partnership','audit','survey','minutes','report','performance'] as w
), numbered as (
  insert into evidence_log (partnership, last_number) values ('stirling', 10000)
  on conflict (partnership) do update set last_number = evidence_log.last_number + 10000
  returning last_number - 10000 as base
), items as (
  insert into evidence_item (partnership, number, title, description, agency, source_type, indicator_codes, created_by)
  select 'stirling', (select base from numbered) + g,
         'Generated document ' || g, 'A generated document for search benchmarks',
         'COUNCIL_SOCIAL_WORK', (array['PERFORMANCE_DATA','STAKEHOLDER_VIEWS','OBSERVATION_AND_AUDIT','DOCUMENTS'])[1 + g % 4],
         array[(array['2.1','5.2','6.4','9.2'])[1 + g % 4]], 'bench'
    from generate_series(1, 10000) g
  returning id, number
)
insert into evidence_version (item_id, version_number, url, extraction_status, extracted_text, uploaded_by)
select i.id, 1, 'https://www.example.org/generated/' || i.number, 'DONE',
       (select string_agg(w[1 + ((i.number * 7919 + k * 104729) % array_length(w, 1))], ' ')
          from words, generate_series(1, 400) k),
       'bench'
  from items i;

update evidence_item i set current_version_id = v.id
  from evidence_version v where v.item_id = i.id and i.partnership = 'stirling' and i.current_version_id is null;

update evidence_item i
   set search_vector = setweight(to_tsvector('english', i.title), 'A')
                    || setweight(to_tsvector('english', i.description), 'B')
                    || setweight(to_tsvector('english', left(coalesce(v.extracted_text, ''), 400000)), 'C')
  from evidence_version v
 where v.id = i.current_version_id and i.partnership = 'stirling' and i.search_vector is null;
analyze evidence_item;
