// The script for a task: the current template for its tier and channel, filled with the
// customer's details (missing values marked, never "undefined").
import {
  renderTemplateDetailed,
  type RenderedTemplate,
} from '../../../shared/domain/scripts/render-template';
import { buildTemplateValues } from '../../../shared/domain/scripts/template-values';
import { pickScript } from '../../../shared/domain/scripts/versioning';
import { FOLLOW_UP_TIER } from '../../../shared/domain/reminders/follow-up';
import type { Channel, Script, Staff } from '../../../shared/domain/types';
import type { TaskView } from '../../db/repositories/plan-queries';

export interface TaskScript {
  script: Script | null;
  rendered: RenderedTemplate | null;
}

export function scriptForTask(args: {
  view: TaskView;
  channel: Channel;
  scripts: readonly Script[];
  staff: readonly Staff[];
  today: string;
}): TaskScript {
  const { view } = args;
  // A quote's follow-up is a call-back: it uses the call-back script.
  const tier = view.task.tier === FOLLOW_UP_TIER ? 'callback' : view.task.tier;
  const script = pickScript(args.scripts, tier, args.channel) ?? null;
  if (!script) return { script: null, rendered: null };
  const assignee =
    args.staff.find((s) => s.id === (view.task.assigneeId ?? view.case?.assigneeId)) ?? null;
  const values = buildTemplateValues({
    client: view.client,
    vehicle: view.vehicle,
    policies: view.policies,
    staff: assignee,
    endDate: view.case?.endDate ?? null,
    today: args.today,
  });
  return { script, rendered: renderTemplateDetailed(script.body, values) };
}
