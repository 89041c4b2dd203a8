import { formatDate } from '../calendar/calendar.rules.js';
import type { DrawDownRequest } from './draw-down.entity.js';

type Request = Pick<DrawDownRequest, 'id' | 'topic' | 'concern' | 'desiredOutcome' | 'consultChair' | 'decisionDueOn'>;

const asked = (r: Request, memberName: string) => [`${memberName} asks the committee to consider "${r.topic}".`, '', `Concern: ${r.concern}`, ...(r.desiredOutcome ? [`Desired outcome: ${r.desiredOutcome}`] : [])];

/** To the approvers, when a member submits a request. */
export function approversNotice(r: Request, memberName: string): { subject: string; text: string } {
  return {
    subject: `Draw-down request for your agreement: ${r.topic}`,
    text: [
      ...asked(r, memberName),
      '',
      ...(r.consultChair ? ["The committee's chair is consulted; their view will be sent to you when the co-ordinator records it.", ''] : []),
      `Please agree or refuse, with your reason, by ${formatDate(r.decisionDueOn)} (POST /api/v1/draw-downs/${r.id}/decisions).`,
    ].join('\n'),
  };
}

/** To the committee's chair, when the committee consults them. */
export function chairConsultation(r: Request, memberName: string): { subject: string; text: string } {
  return {
    subject: `Draw-down request for your view as chair: ${r.topic}`,
    text: [...asked(r, memberName), '', `The approvers decide by ${formatDate(r.decisionDueOn)}. Please send your view to the committee co-ordinator, who will pass it to them.`].join('\n'),
  };
}

/** To the member, on each approver's decision. */
export function decisionNotice(topic: string, approverName: string, input: { decision: 'approve' | 'refuse'; reason: string }, status: string): { subject: string; text: string } {
  const verb = input.decision === 'approve' ? 'agreed to' : 'refused';
  const outcome = status === 'approved' ? ' Every approver has now agreed: the request is approved and will be scheduled to a meeting.' : status === 'refused' ? ' The request is refused.' : '';
  return { subject: `Your draw-down request "${topic}": ${approverName} ${verb} it`, text: `${approverName} ${verb} your request "${topic}". Reason: ${input.reason}.${outcome}` };
}

/** To the approvers who have not decided, the day after the decision day (co-ordinators copied). */
export function approversReminder(r: Request): { subject: string; text: string } {
  return {
    subject: `Reminder: draw-down request awaiting your decision – ${r.topic}`,
    text: [
      `The draw-down request "${r.topic}" was due for a decision by ${formatDate(r.decisionDueOn)} and is still awaiting yours.`,
      '',
      `Concern: ${r.concern}`,
      '',
      `Please agree or refuse, with your reason (POST /api/v1/draw-downs/${r.id}/decisions).`,
    ].join('\n'),
  };
}
