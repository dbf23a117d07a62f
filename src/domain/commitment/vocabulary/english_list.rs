//! The English lines of the closed lists (`vocabulary`): words and phrases of the acts
//! that open something, results, attitudes, hedges, vague times and counts, each line
//! one meaning and its spellings.

use super::Word;
use crate::domain::commitment::{Attitude, Hedge, Outcome, VagueTime};

/// English entries match at the start of a word. A trailing `*` lets the word go on
/// (regist* covers register, registered, registering); without it the entry must end
/// a word, so "book a" does not fire inside "bookshelf".
pub(crate) const ENGLISH: &[(Word, &str)] = &[
    (Word::Opening, "sign up|signs up|signed up|signing up|submit*|hand in|hand over|send|sends|sent|nominate*"),
    // A proposal put to someone is handed over, as 駅長に提案する.
    (Word::Opening, "propose|proposes|proposed"),
    // Pitching an idea to an editor or a client puts a proposal to them; pitching in
    // (helping) hands nothing over.
    (Word::Opening, "pitch|pitches|pitched"),
    (Word::Other, "pitch in|pitches in|pitched in"),
    (
        Word::Opening,
        "book a|book an|book the|book my|book one|booked|reserve*|schedule*",
    ),
    (Word::Opening, "regist*|apply|applied|applies|enrol*|enroll*|enter for|put my name forward|put myself forward|nominate myself"),
    // Putting one's name down for a course or a list ("put my name down for the boiler
    // course") signs up for it, as enrolling does.
    (Word::Opening, "put my name down|put our names down|put my name in for|put our names in for|put in my application|put in an application|put in my request|put in a request"),
    (Word::Opening, "ask*|request*|tell|tells|told|inform*|notify|sound out"),
    (
        Word::Opening,
        "start|starts|started|begin|began|launch*|set up|kick off|install*",
    ),
    (Word::Opening, "hold|held|host*|organi*|run a"),
    (Word::Opening, "join*|volunteer*"),
    // Meeting someone over a meal or a talk is arranged with them, as asking is.
    (Word::Opening, "have lunch with|have coffee with|have dinner with|have a chat with|have a talk with|have a coffee with|grab lunch with|grab coffee with"),
    // Hours of volunteer work are an amount of the work, not signing up for it.
    (Word::Other, "volunteer work|volunteer hours|volunteering hours"),
    (Word::Opening, "buy|bought|purchase*|order a|order an|order the|order my|order some|ordered"),
    (
        Word::Opening,
        "contact*|call|invite*|email*|e-mail*|phone|reach out|get in touch",
    ),
    (Word::Outcome(Outcome::Pass), "pass|passes|passed"),
    // Passing something on (know-how, a task) hands it down; it passes no exam.
    (Word::Other, "pass on|passes on|passed on|passing on|pass along|pass down|passes down|passed down"),
    (
        Word::Outcome(Outcome::Obtain),
        "obtain*|get certified|earn*|certificat*|certified|cert|certs|license|licence|licensed|qualification|qualified",
    ),
    (
        Word::Outcome(Outcome::Promotion),
        "be promoted|get promoted|promotion|team lead|team leader|become a manager|become manager|become a team leader|become team leader|become a section manager|become a director|become head of|become a supervisor|become a shift supervisor|become shift supervisor|become a shift leader|become a shift lead|become a store manager|become store manager|become an assistant manager|become assistant manager|become a branch manager|become a site manager|become a foreman|become foreman|become head|become a head|become the head|become chief|become a chief|become the chief|become deputy|become a deputy|become the deputy",
    ),
    (Word::Outcome(Outcome::ScoreUp), "score|scores|points"),
    (
        Word::Outcome(Outcome::Achieve),
        "finish|finishes|complete|completes|achieve*|reach|hit my target",
    ),
    // A place in a ranking ("finish in the top 3", "be ranked first") is a result. Only
    // whole phrases of ranking: "rank top risks", "finish first drafts", "come first to the
    // office", "make the top 10 list", "be in the top meeting room" are acts or places.
    (
        Word::Outcome(Outcome::Rank),
        "finish in the top|rank in the top|rank among the top|rank number one|ranked first|ranked top|ranked number one|be ranked|place in the top|get into the top|be the top|be number one|be the number one|be no. 1|be the no. 1",
    ),
    (Word::Outcome(Outcome::BecomeAble), "be able to"),
    (
        Word::AttitudeVerb(Attitude::BeAware),
        "be more aware|be aware|mindful|be conscious|be more conscious|be careful",
    ),
    (
        Word::AttitudeVerb(Attitude::KeepInMind),
        "keep in mind|bear in mind|keep an open mind|keep my mind open|take care of my health|look after my health|take better care of|take it easy|keep a good balance|keep a healthy balance",
    ),
    (Word::AttitudeVerb(Attitude::Try), "try to|trying to|try not to|seek out|challenge myself|step out of my comfort zone|push myself"),
    (
        Word::AttitudeVerb(Attitude::DoMyBest),
        "try my best|do my best|work hard|work harder",
    ),
    (
        Word::AttitudeVerb(Attitude::Strive),
        "strive|make an effort|make effort|make a real effort|make every effort|endeavo*|take ownership|focus on|focus more on|concentrate on|concentrate more on",
    ),
    (
        Word::AttitudeAdverb(Attitude::Proactively),
        "proactive*|actively",
    ),
    (Word::AttitudeAdverb(Attitude::Positively), "positive*|with fresh eyes|with an open mind|in my own way"),
    // Composure ("respond calmly", 冷静に) is how one acts, not what.
    (Word::AttitudeAdverb(Attitude::Stay), "calmly"),
    (Word::AttitudeVerb(Attitude::Grow), "grow|improve*|broaden*|widen my|deepen*|upskill*|develop myself|develop my career|develop my skills|expand my horizons"),
    (Word::AttitudeVerb(Attitude::Value), "value|cherish|embrace|respect|enjoy|enjoys"),
    // A mindset kept or changed ("keep a growth mindset") is a way of thinking.
    (Word::AttitudeVerb(Attitude::FreshStart), "mindset|mind-set"),
    (
        Word::AttitudeVerb(Attitude::BecomeSomeone),
        "become someone|become a person|be someone|become the kind|lead by example|be a role model",
    ),
    (
        Word::AttitudeVerb(Attitude::BeReliedUpon),
        "relied on|relied upon|rely on me|be trusted",
    ),
    (Word::AttitudeVerb(Attitude::WorkOn), "work on|focus on|working on|focusing on"),
    (Word::AttitudeVerb(Attitude::Aim), "aim to|aim for|aims to|aspire to|aspire"),
    (Word::AttitudeVerb(Attitude::Contribute), "contribute"),
    (
        Word::AttitudeVerb(Attitude::Think),
        "think*|consider|reflect on|contemplate|look into|looking into|figure out|work out what|work out how|grasp|understand",
    ),
    // …whatever the tense ("I thought about my career", "reflected on"), and looking
    // back on something, as 振り返る: in one's own head (shared, it is an act: `kind`).
    (
        Word::AttitudeVerb(Attitude::Think),
        "thought about|thought through|thought over|thought of|thought hard|thought seriously|thought deeply|thought carefully|considered|considers|reflects on|reflected on|reflecting on|reflect upon|reflected upon|contemplat*|ponder*|mull over|mulled over|mulling over|look back on|looks back on|looked back on|looking back on|look back over",
    ),
    (
        Word::AttitudeVerb(Attitude::Remember),
        "never forget|remember to|always remember|be grateful|be thankful",
    ),
    (
        Word::AttitudeVerb(Attitude::FreshStart),
        "make a fresh start|turn over a new leaf",
    ),
    // "make myself indispensable": made oneself what one becomes.
    (Word::AttitudeVerb(Attitude::Become), "become|make myself|prepare myself|ready myself"),
    // Keeping up with a field ("keep up with new threats") is staying informed, a state.
    (Word::AttitudeVerb(Attitude::Stay), "keep up with|keeping up with|keep abreast of|keep abreast with"),
    (Word::AttitudeVerb(Attitude::Stay), "stay|remain|stop being|start being|keep being|get more comfortable|get comfortable|become comfortable|feel comfortable|maintain a good work|work-life balance|work life balance"),
    (Word::AttitudeVerb(Attitude::TakesPlace), "there is|there will be|there's"),
    // "I want patients to feel at ease", "I want a promotion": a bare want is a wish
    // as much as "want to" is, for others' acts as for one's own.
    (
        Word::AttitudeVerb(Attitude::Want),
        "want|wants|want to|wants to|hope to|hopes to|hoping to|hope i|hope we|hope that|would like to|i'd like to|we'd like to|like to|wish to|dream of|love to|i'd love to|would love to|keen to|eager to",
    ),
    (
        Word::AttitudeVerb(Attitude::KeepGoing),
        "keep learning|keep growing|keep improving|keep studying|keep trying|keep challenging|keep doing my job|do my job well|do a good job",
    ),
    (
        Word::Hedge(Hedge::AsMuchAsPossible),
        "as much as possible|as often as possible|as many as possible|as i can|whenever i can|whenever possible|when possible|if possible|where possible|as far as possible|as best i can|whenever they need*|whenever needed|whenever necessary|when necessary",
    ),
    (
        Word::Hedge(Hedge::LittleByLittle),
        "little by little|bit by bit|gradually|step by step",
    ),
    (Word::Hedge(Hedge::Unspecified), "something new|something different|anything new"),
    (Word::Hedge(Hedge::More), "more|better|harder|earlier than|shorter|fewer|less|some of|a few of"),
    (
        Word::Hedge(Hedge::Seriously),
        "seriously|properly|thoroughly|closely|in earnest",
    ),
    (
        Word::Hedge(Hedge::Regularly),
        "regularly|often|frequently|sometimes|occasionally|from time to time|now and then|as needed|when needed",
    ),
    (
        Word::VagueVerb(Hedge::Review),
        "rethink|reconsider",
    ),
    (
        Word::VagueVerb(Hedge::MakeUseOf),
        "make use of|make the most of|use what i|apply what i|put what i",
    ),
    (Word::VagueVerb(Hedge::Develop), "foster|nurture|support|supports"),
    (Word::VagueVerb(Hedge::Improve), "strengthen|enhance|maintain a healthy|maintain a good balance|maintain balance"),
    (Word::VagueVerb(Hedge::Develop), "build relationships|build stronger relationships|build better relationships|build trust|build rapport|expand my network|broaden my network|widen my network|grow my network"),
    (Word::Generic, "act|behave|conduct myself|treat"),
    // Getting started ("get started on it", "make a start") says only that one begins,
    // unless what is begun is named ("get started on the report" starts it).
    (Word::Generic, "get started|gets started|getting started|make a start|made a start|making a start"),
    (Word::Opening, "get started on the|get started on my|get started on a|get started on our|make a start on the|make a start on my|make a start on a|make a start on our"),
    (
        Word::VagueVerb(Hedge::More),
        "reduce|increase|cut down on|cut back on|lower|shorten|double|halve|triple",
    ),
    (
        Word::Measure,
        "every|each|daily|weekly|monthly|once|twice|per|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen",
    ),
    (
        Word::Vague(VagueTime::Someday),
        "someday|some day|one day|sometime|at some point|one of these days|at some stage|maybe|perhaps",
    ),
    (Word::Vague(VagueTime::SoonerOrLater), "sooner or later"),
    (Word::Vague(VagueTime::Soon), "soon|shortly|in the coming weeks|in the coming months|in the next few weeks|in the next few months|in the near term"),
    (
        Word::Vague(VagueTime::AsSoonAsPossible),
        "as soon as possible|asap|at the earliest opportunity|first chance i get",
    ),
    (
        Word::Vague(VagueTime::FromNowOn),
        "in the future|in the near future|in due course|from now on|going forward",
    ),
    (Word::Vague(VagueTime::Eventually), "eventually"),
    (
        Word::Vague(VagueTime::WhenThereIsTime),
        "when i have time|when i have the time|when i get the chance|when i get a chance|when i find time|when i can|if i have time",
    ),
    // Once the busy time is over, whenever that is: "when things calm down", "once
    // things slow down", "when work settles".
    (
        Word::Vague(VagueTime::WhenThereIsTime),
        "when things calm down|once things calm down|when things slow down|once things slow down|when things settle*|once things settle*|when things quiet down|once things quiet down|when work calms down|once work calms down|when work slows down|once work slows down|when work settles*|once work settles*",
    ),
];
