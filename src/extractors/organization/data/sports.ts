/**
 * Sports reports name clubs by their town ("Leeds beat Everton 2-1",
 * "Fulham 22 15 3 4 36 16 48"). These tables say when a text is a team-sport
 * report and which words around a name show a club. Source: general
 * knowledge of wire-service sports style (a "SPORT - HEADLINE" first line,
 * results, standings and fixture lines, match-report verbs and positions).
 */

/** Team sports named in a report's first line ("SOCCER - ...", "NHL ICE HOCKEY - ..."). */
export const TEAM_SPORTS: readonly string[] = [
  'soccer', 'football', 'basketball', 'hockey', 'ice hockey', 'baseball', 'rugby', 'rugby union', 'rugby league',
  'cricket', 'volleyball', 'handball', 'water polo', 'NBA', 'NHL', 'NFL', 'MLB',
];

/** Words just before a club's name in a match report: "beat Leeds", "signed for Udinese", "against Everton". */
export const CLUB_CUES_BEFORE: readonly string[] = [
  'beat', 'beats', 'beating', 'against', 'lost to', 'lose to', 'losing to', 'drew with', 'draw with', 'drawn with',
  'draw against', 'tied with', 'held by', 'win over', 'wins over', 'victory over', 'victories over', 'defeat by',
  'defeat to', 'defeat of', 'defeated', 'defeating', 'win against', 'home to', 'away to', 'visit of', 'joined', 'joins', 'join', 'signed for', 'signed by', 'sign for', 'playing for', 'played for',
  'plays for', 'play for', 'moved to', 'move to', 'transfer to', 'transferred to', 'loan to', 'on loan from',
  'on loan at', 'released by', 'sacked by', 'fired by', 'coach of', 'manager of', 'captain of',
  'striker for', 'debut for', 'scored for', 'goal for', 'goals for', 'hat-trick for', 'champions', 'leaders',
  'bottom club', 'bottom team', 'side', 'club', 'clubs', 'team', 'teams', 'rivals', 'champion', 'holders',
  'promoted', 'relegated', 'newcomers',
];

/** Words just after a club's name: "Leeds striker", "Lazio have", "Everton fans", "Milan won". */
export const CLUB_CUES_AFTER: readonly string[] = [
  'striker', 'strikers', 'forward', 'forwards', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper',
  'keeper', 'winger', 'fullback', 'full-back', 'centre-back', 'pitcher', 'quarterback',
  'captain', 'coach', 'manager', 'boss', 'chairman', 'president', 'fans', 'supporters', 'players', 'beat', 'drew', 'draw', 'lost', 'lose', 'won', 'win', 'lead', 'trail',
  // plural verbs: a club takes "have" and "are" in British reports, a person "has" and "is"
  'have', 'are', 'were', 'go', 'face', 'faced',
  'host', 'hosted', 'visit', 'visited', 'moved', 'climbed', 'slipped', 'stay', 'stayed', 'remain', 'remained',
  'edged', 'crushed', 'thrashed', 'routed', 'hammered', 'downed', 'overcame', 'rallied', 'snapped', 'extended',
  'clinched', 'debut', 'defence', 'defense', 'attack', 'goal', 'goals', 'equaliser', 'equalizer', 'lineup',
];
