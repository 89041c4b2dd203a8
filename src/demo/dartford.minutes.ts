import type { CouncilContext } from '../common/auth/council-context.js';
import type { MinuteItemDto } from '../minutes/minutes.dto.js';
import type { MinutesService } from '../minutes/minutes.service.js';

/*
 * The minutes of the two meetings of 2016-17, entered from the item summaries of the 2016-17 annual
 * report (seed 001), abridged; seed 001 gives no attendance for them, so none is entered.
 */

const JULY_2016: MinuteItemDto[] = [
  {
    number: '1',
    title: 'Committee Protocol & Lead Member Participation',
    summary:
      "Members considered a report from the Head of Legal Services which enclosed the Committee's Protocol, revised to include details of the process for Lead Member participation at the Committee's meetings.\n\nThe Strategic Director (External Services) confirmed that the Scrutiny Committee Protocol had undergone a similar revision.",
    resolutions: ['That the report from the Head of Legal Services be noted and the revised Protocol, as attached at Appendix B to the report, be adopted.'],
  },
  {
    number: '2',
    title: 'Kent Police and Crime Panel (PCP) – Update',
    summary:
      "The Committee received a verbal update from the Chairman, who had attended the PCP meetings held in November 2015 and February 2016 on behalf of the Deputy Leader, Dartford's nominated PCP representative. The principal item of note had been the election of the new Police and Crime Commissioner (PCC) for Kent and Medway, Mr Matthew Scott.",
    resolutions: ['That the contents of the PCP Minutes be noted, Mr Scott be congratulated on his election as PCC and his attendance at a future meeting of the Committee be welcomed.'],
  },
  {
    number: '3',
    title: 'Dartford Town Against Crime (D-TAC) – Progress Report',
    summary:
      "The Committee received a progress report and presentation on the D-TAC Scheme, established in December 2002, which identified and targeted the most serious and prolific criminals operating in the Town Centre. The Scheme had grown to 66 full members who generated £31K in fees, funding the 'Shop Safe Radio' system, and had identified five areas for growth in the next 3 year cycle to 2019.",
    resolutions: ["That the report be noted and the Strategic Director's proposal that the Committee receive a D-TAC Update on an annual basis (each summer), to coincide with the CSP's Performance Report, be approved."],
  },
  {
    number: '4',
    title: 'CSP Community Safety Strategy 2016-19',
    summary:
      "The Committee were briefed on the Dartford & Gravesham Community Safety Partnership's new Community Safety Strategy 2016-19, agreed by the CSP on 24 March 2016, with its six priorities and three overarching themes: protecting vulnerable people from harm; disrupting and preventing organised acquisitive crime; and protecting and strengthening communities.",
    resolutions: ["That the contents of the Dartford & Gravesham Community Safety Partnership's (CSP) Community Safety Strategy for the period 2016-19 be noted."],
  },
  {
    number: '5',
    title: 'Performance',
    // Seed 001: considered "in camera with all members of the press and public excluded".
    exempt: true,
    summary:
      'The Committee considered the Performance Report approved by the Dartford and Gravesham Community Safety Partnership on 13 June 2016, with its revised set of Performance Indicators corresponding to those of the new 2016-19 Safety Strategy.',
    resolutions: ['That the June 2016 Performance Report approved by the Community Safety Partnership (CSP) on 13 June 2016 be noted.'],
  },
];

const FEBRUARY_2017: MinuteItemDto[] = [
  {
    number: '1',
    title: 'Kent Police and Crime Panel (PCP) Update',
    summary: 'The PCP met twice in the period under review, on 8 September and 15 November 2016, as detailed in the published PCP Minutes enclosed in the agenda papers.',
    resolutions: ['That the Minutes be noted as published.'],
  },
  {
    number: '2',
    title: 'Neighbourhood Watch (NW) – Sharing Best Practice',
    summary:
      'The Committee received a verbal presentation (originally scheduled for July 2017 in the Work Plan) from the Neighbourhood Watch & Volunteer Liaison Officer, Kent Police: more than 1 million NW Schemes operated across the UK, with some 600 in Dartford and Gravesham, and a recruitment drive for younger volunteers was under way.',
    resolutions: [],
  },
  {
    number: '3',
    title: 'Bluewater Safety Shop and Safety at Home Facility',
    summary:
      "The Committee received a presentation (originally scheduled for July 2017 in the Work Plan) from the CSU Inspector and Kent Police's Safety Store and Safer Home Manager on the 'Safer Home' facility at Bluewater, which demonstrated crime prevention in a mock home. Members suggested increased use of the facility, including health checks for the elderly and a meeting of Dartford's Elders Forum.",
    resolutions: [],
  },
  {
    number: '4',
    title: 'Update – New Anti-Social Behaviour Powers – Anti-Social Behaviour, Crime and Policing Act 2014',
    summary:
      'The Committee received a summary of the report from the Community Safety Officer on the Community Trigger, Civil Injunctions, Public Spaces Protection Orders and the replacement of Designated Public Place Orders by PSPOs in October 2017.',
    resolutions: ['That the contents of the report be noted.'],
  },
  {
    number: '5',
    title: 'Dartford and Gravesham Community Safety Partnership (CSP) – Strategic Assessment 2016',
    // Seed 001: "classified as EXEMPT in the agenda papers and ... considered by Members in closed session".
    exempt: true,
    summary:
      "The Committee considered the Partnership's annual Strategic Assessment 2016, approved by the Partnership on 26 January 2017. Total recorded crime in Dartford had risen by 12.8% in the period 1 October 2015 to 30 September 2016, mirroring an average increase of 12% for every Kent and Medway District.",
    resolutions: ['That the contents and the priorities contained within the Strategic Assessment 2016 document be noted, with the intention of the Partnership to refresh the Community Safety Plan to address them.'],
  },
  {
    number: '6',
    title: 'Work Plan 2016/17 – Update',
    summary: 'Members agreed the contents of a revised rolling Work Plan for the remainder of the 2016-17 Municipal Year, plus the summer and winter meetings of the forthcoming 2017-18 Municipal cycle.',
    resolutions: [],
  },
];

const NO_ATTENDANCE = { present: [], absent: [], apologies: [], officers: [], inAttendance: [] };

/** The minutes of 27 July 2016 (confirmed on 15 February 2017) and of 15 February 2017 (confirmed on 26 July 2017, seed 003 item 3). */
export async function loadDartfordMinutes(minutes: MinutesService, acting: CouncilContext, meetings: { july2016: string; february2017: string; july2017: string }): Promise<void> {
  await minutes.save(acting, meetings.july2016, { attendance: NO_ATTENDANCE, items: JULY_2016 });
  // Minutes are written once their meeting has been held, and each is confirmed once the meeting that
  // confirmed it has been (the demo may be loaded with the clock set in the past).
  if (acting.today >= '2017-02-15') await minutes.save(acting, meetings.february2017, { attendance: NO_ATTENDANCE, items: FEBRUARY_2017 });
  if (acting.today > '2017-02-15') await minutes.confirm(acting, meetings.july2016, meetings.february2017);
  if (acting.today > '2017-07-26') await minutes.confirm(acting, meetings.february2017, meetings.july2017);
}
