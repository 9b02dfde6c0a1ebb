import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { visibleForumSql } from '../forum/forum-access.js';
import { trackerReadableSql } from '../guideline/guideline.policy.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import { draftReadableSql } from '../pathway/pathway.policy.js';
import { readableSql } from '../prevention/prevention.policy.js';
import { visibleResourceSql } from './resource.policy.js';
import type { ResourceLinkKindKey, ResourceLinkType } from './resource-link.type.js';

/** The most places listed per kind: a resource linked more often shows the newest. */
const PER_KIND = 100;

interface LinkRow {
  kind: ResourceLinkKindKey;
  id: string;
  title: string;
  path: string;
}

/**
 * Where a resource is linked, as far as the viewer may see both the resource and the place that links it:
 * prevention activities naming it among their materials (members read the whole catalogue, visitors its public
 * part); posts linking it, in forums the viewer reads (never a closed group's to outsiders), not removed, hidden or
 * purged; steps of published pathways (a public one for visitors) and of drafts for those who read drafts; guideline
 * evidence for the readers of the municipality's tracker. Two statements at any number of links (the reader's
 * pathway roles, then the places).
 */
export async function resourceLinks(em: Em, viewer: Viewer, resourceId: string): Promise<ResourceLinkType[]> {
  const reader = await pathwayReaderFacts(em, viewer);
  const resource = visibleResourceSql(viewer);
  const forum = visibleForumSql(viewer);
  const draft = draftReadableSql(viewer, reader);
  const tracker = trackerReadableSql(viewer, reader);
  const rows = await em.execute<LinkRow[]>(
    `with r as (select r.id from resource r where r.id = ? and ${resource.sql})
     (select 'PREVENTION_ACTIVITY' as kind, a.id, a.title, '/prevention/' || a.id as path from r
        join prevention_activity a on a.materials @> jsonb_build_array(jsonb_build_object('resourceId', r.id::text))
       where ${readableSql(viewer)} order by a.starts_on desc, a.id desc limit ${PER_KIND})
     union all
     (select 'POST', p.id, t.title, '/t/' || t.id || '#post-' || p.id from r
        join post p on p.resource_ids @> array[r.id] join thread t on t.id = p.thread_id join forum f on f.id = t.forum_id
       where p.deleted_at is null and p.hidden_at is null and p.purged_at is null and ${forum.sql}
       order by p.created_at desc, p.id desc limit ${PER_KIND})
     union all
     (select distinct on (s.step->>'id') 'PATHWAY_STEP', (s.step->>'id')::uuid, coalesce(m.name, pw.country_code) || ': ' || left(s.step->>'action', 120),
         case when pw.municipality_id is null then '/pathways/national/' || pw.country_code else '/m/' || pw.municipality_id end
        from r cross join referral_pathway pw join pathway_version v on v.pathway_id = pw.id
        left join municipality m on m.id = pw.municipality_id
        cross join lateral jsonb_array_elements(v.steps) as s(step)
       where s.step->'resourceIds' @> jsonb_build_array(r.id::text)
         and ((v.number = pw.published_number and (? or pw.is_public)) or (v.number = pw.latest_number and ${draft.sql}))
       order by s.step->>'id', v.number desc limit ${PER_KIND})
     union all
     (select 'GUIDELINE_EVIDENCE', gs.id, m.name || ': ' || ap.key || ' ' || ap.label, '/m/' || m.id from r
        join guideline_status gs on gs.evidence_resource_id = r.id join guideline_action_point ap on ap.key = gs.action_point_key
        join municipality m on m.id = gs.municipality_id left join referral_pathway pw on pw.municipality_id = m.id
       where ap.retired_at is null and ${tracker.sql} order by gs.reviewed_at desc, gs.id desc limit ${PER_KIND})`,
    [resourceId, ...resource.params, ...forum.params, isMember(viewer), ...draft.params, ...tracker.params],
  );
  return rows.map((row) => ({ kind: row.kind, id: row.id, title: row.title, path: row.path }));
}
